// Once per app: the three tags in Vue's GlobalComponents, so that vue-tsc checks them in templates.
import type {} from 'conflict-timeline/vue';
