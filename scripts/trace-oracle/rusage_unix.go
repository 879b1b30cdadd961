//go:build linux

package main

import "syscall"

// maxRSSKiB is the process's peak resident set size (Linux reports KiB).
func maxRSSKiB() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return int64(ru.Maxrss)
}
