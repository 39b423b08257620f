import { mutatedCable } from './generators.js';
import { fuzzTest } from './properties.js';

fuzzTest('mutatedCable', mutatedCable, 150);
