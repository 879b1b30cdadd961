//go:build linux

package main

import (
	"os"
	"strconv"
	"strings"
	"syscall"
)

// maxRSSKiB is the process's peak resident set size (Linux reports KiB).
func maxRSSKiB() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return int64(ru.Maxrss)
}

// residentKiB is this process's resident memory now, split as Linux reports it
// in /proc/self/status: anonymous (heap, stacks) and file-backed (the
// executable's and libraries' pages). Zero when unavailable.
func residentKiB() (anon, file int64) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		n, _ := strconv.ParseInt(f[1], 10, 64)
		switch f[0] {
		case "RssAnon:":
			anon = n
		case "RssFile:":
			file = n
		}
	}
	return anon, file
}
