import { anyString } from './generators.js';
import { fuzzTest } from './properties.js';

fuzzTest('anyString', anyString, 2000);
