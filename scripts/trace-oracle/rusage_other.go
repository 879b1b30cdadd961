//go:build !linux

package main

// maxRSSKiB is not measured off Linux (units and APIs differ); 0 means unknown.
func maxRSSKiB() int64 { return 0 }

// residentKiB is not measured off Linux; zeros mean unknown.
func residentKiB() (anon, file int64) { return 0, 0 }
