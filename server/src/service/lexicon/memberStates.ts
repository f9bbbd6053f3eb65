// Names of Member States that contain "and", so that a sponsors line ("Antigua and Barbuda, Brazil
// and Chile: draft resolution") is not split inside a name.

export const statesNamedWithAnd: readonly string[] = [
  'Antigua and Barbuda',
  'Bosnia and Herzegovina',
  'Saint Kitts and Nevis',
  'Saint Vincent and the Grenadines',
  'Sao Tome and Principe',
  'Trinidad and Tobago',
  'United Kingdom of Great Britain and Northern Ireland',
];
