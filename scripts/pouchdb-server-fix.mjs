// Loaded into the test sync server (pouchdb-server 4.2.0) before it starts. Its validation
// plug-in gives every document it checks the revision history of the stored one, so an update
// arriving by replication (new_edits: false) from anyone but an admin is answered with success
// and silently not stored. CouchDB keeps the history it is sent; so does this fixed copy.
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);
const file = require.resolve('pouchdb-validation');
const source = readFileSync(file, 'utf8');
const bug = 'newDoc._revisions = (oldDoc || {})._revisions;';
if (!source.includes(bug)) throw new Error('pouchdb-validation has changed: check this fix');
const fixed = new Module(file);
fixed.filename = file;
fixed.paths = Module._nodeModulePaths(dirname(file));
fixed._compile(
	source.replace(bug, 'newDoc._revisions = newDoc._revisions || (oldDoc || {})._revisions;'),
	file
);
fixed.loaded = true;
require.cache[file] = fixed;
