import { findPeople } from '../../src/draft/people';

describe('draft: people and their offices', () => {
  it('reads country + title + name as a person holding a role of that country', () => {
    const text = 'Japanese Prime Minister Hana Sato met Kenyan Foreign Minister Otieno Kamau. Later, Sato said the talks went well.';
    const { people, roles } = findPeople(text);
    expect(people.map((person) => [person.key, person.name, person.evidence.quote])).toEqual([
      ['hana-sato', 'Hana Sato', 'Japanese Prime Minister Hana Sato'],
      ['otieno-kamau', 'Otieno Kamau', 'Kenyan Foreign Minister Otieno Kamau'],
    ]);
    expect(roles.map((role) => [role.key, role.title, role.holder, role.countryCode])).toEqual([
      ['jp-prime-minister', 'Prime Minister', 'hana-sato', 'JP'],
      ['ke-foreign-minister', 'Foreign Minister', 'otieno-kamau', 'KE'],
    ]);
    // The later bare surname is a mention of the same person, not another one.
    expect(people[0]?.mentions.map((span) => span.quote)).toEqual(['Hana Sato', 'Sato']);
  });

  it('gives a titled person without a country no role (a role needs what it is of)', () => {
    const { people, roles } = findPeople('Ambassador Lena Ortiz arrived.');
    expect(people.map((person) => person.key)).toEqual(['lena-ortiz']);
    expect(roles).toEqual([]);
  });
});
