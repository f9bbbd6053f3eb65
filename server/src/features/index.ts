// Every LSP feature the server offers, in the order they register.

import type { Feature } from '../context';
import { corpusStatus } from './corpusStatus';

export const features: readonly Feature[] = [corpusStatus];
