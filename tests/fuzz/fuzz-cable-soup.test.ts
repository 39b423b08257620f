import { cableSoup } from './generators.js';
import { fuzzTest } from './properties.js';

fuzzTest('cableSoup', cableSoup, 500);
