import { describeGrowth } from './edges-dom-growth.js';

describeGrowth('wide');
