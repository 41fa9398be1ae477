/** The test sync server's admin: loopback only, in memory, gone when the tests end. */
export const TEST_ADMIN = { user: 'admin', password: 'keep-up-test-admin' };
