#!/usr/bin/env node
import '../dist/namukpark.js';
