#!/bin/sh
# An inventory script printing something that is not JSON.
echo "{not json"
