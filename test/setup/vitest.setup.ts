import { assertSupportedNode } from '../../electron/core/node-guard';

assertSupportedNode();
