/** The stand-in LMS's port, shared by its server and the tests without starting the server. */
export const LMS_PORT = 4180;
