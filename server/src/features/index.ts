// Every LSP feature the server offers, in the order they register.

import type { Feature } from '../context';

export const features: readonly Feature[] = [];
