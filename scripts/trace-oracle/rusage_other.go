//go:build !linux

package main

// maxRSSKiB is not measured off Linux (units and APIs differ); 0 means unknown.
func maxRSSKiB() int64 { return 0 }
