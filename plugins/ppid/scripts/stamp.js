'use strict';
const fs = require('fs');
const path = require('path');
const { sourceHash, ROOT } = require('./source-hash');

fs.writeFileSync(path.join(ROOT, 'dist', '.source-hash'), `${sourceHash()}\n`);
