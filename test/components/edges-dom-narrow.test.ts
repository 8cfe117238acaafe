import { describeGrowth } from './edges-dom-growth.js';

describeGrowth('narrow');
