#!/usr/bin/env node
// The installed CLI runs the committed bundle, the same code the Action runs.
import '../dist/cli/index.js';
