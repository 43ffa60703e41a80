import { createTokenAuth } from '@kyoso/server';
import { TEST_SECRET } from './server.js';

export const createTokenAuthForTest = () => createTokenAuth(TEST_SECRET);
