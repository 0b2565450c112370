/**
 * The engine's lexicons: small data modules built once at module load into Sets/Maps, with O(1)
 * lookup helpers. Pure TypeScript (no `vscode`, no Node built-ins) so it also runs in a web worker.
 */
export { countries, sovereignStates, countryCanonical, isCountry, canonicalCountry } from './countries';
export { nationalities, nationalityPlace, isNationality, nationalityOf } from './nationalities';
