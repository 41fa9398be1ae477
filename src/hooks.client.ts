import { z } from 'zod';

// Keep Up's content security policy forbids eval, and zod's fast path compiles parsers with
// `new Function`: even probing for it is reported as a violation. This module runs before any
// screen's code, so every schema is made without it.
z.config({ jitless: true });
