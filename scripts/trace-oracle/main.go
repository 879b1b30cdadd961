// Command trace-oracle reads Go execution traces with Go's own reader,
// golang.org/x/exp/trace, and prints what go-runtime-gate's TypeScript reader
// must agree with, as JSON (one object per trace, in argument order).
//
// It computes the same definitions as src/trace/families (see each file's
// comment) directly from x/exp/trace's events:
//
//	go run . [-stream] trace...
//
// -stream is the plainest streaming reader a Go
// user would write: x/exp/trace's Reader straight on the file, one ReadEvent
// at a time, keeping nothing but a counter (scripts/bench-trace.mjs times it
// and compares its peak RSS with ours on the same file).
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"slices"
	"sort"
	"time"

	"golang.org/x/exp/trace"
)

type frame struct {
	Function string `json:"function"`
	File     string `json:"file"`
	Line     uint64 `json:"line"`
}

type goroutines struct {
	AtStart    int `json:"atStart"`
	Created    int `json:"created"`
	Ended      int `json:"ended"`
	AliveAtEnd int `json:"aliveAtEnd"`
	PeakAlive  int `json:"peakAlive"`
}

// How long goroutines waited runnable before they ran: from each transition
// to Runnable out of a known state other than Runnable (created, unblocked,
// preempted, back from a blocking syscall) to the next transition to Running.
// A wait still open at the end of the trace, or whose start the trace does
// not show (runnable when first mentioned), is not counted.
type waits struct {
	Count int `json:"count"`
	// Nearest rank, like the GC pauses: sorted[ceil(0.99·n) − 1].
	P99Ns   int64 `json:"p99Ns"`
	MaxNs   int64 `json:"maxNs"`
	TotalNs int64 `json:"totalNs"`
}

type result struct {
	File     string `json:"file"`
	Error    string `json:"error,omitempty"`
	Events   int    `json:"events"`
	Syncs    int    `json:"syncs"`
	GCCycles int    `json:"gcCycles"`
	// Cycles begun by runtime.GC() itself: the innermost frame of the mark
	// phase's begin stack (after gcStart, should it be there) is runtime.GC.
	// Not who later waits for the cycle: a goroutine whose allocation began a
	// cycle waits for it in runtime.GC() before forcing its own.
	ForcedGCCycles int        `json:"forcedGcCycles"`
	GCPausesNs     []int64    `json:"gcPausesNs"`
	STWCount       int        `json:"stwCount"`
	MarkAssistNs   int64      `json:"markAssistNs"`
	PeakHeapBytes  uint64     `json:"peakHeapBytes"`
	HeapGoalBytes  uint64     `json:"heapGoalBytes"`
	Goroutines     goroutines `json:"goroutines"`
	SchedWaits     waits      `json:"schedWaits"`
	// Creation stacks (innermost first) of goroutines created during the
	// trace, alive at its end and blocked there (not runnable or running),
	// sorted for stable output.
	LeakStacks [][]frame `json:"leakStacks"`
	FirstNs    int64     `json:"firstNs"`
	LastNs     int64     `json:"lastNs"`
	ElapsedMs  float64   `json:"elapsedMs"`
	// Peak resident set size of this process so far, in KiB (Linux getrusage).
	MaxRSSKiB int64 `json:"maxRssKiB"`
	// Resident memory when the read ended, anonymous and file-backed, in KiB (Linux /proc/self/status).
	RSSAnonKiB int64 `json:"rssAnonKiB"`
	RSSFileKiB int64 `json:"rssFileKiB"`
}

func main() {
	stream := flag.Bool("stream", false, "read events one by one, keeping only a count")
	flag.Parse()
	var out []result
	for _, path := range flag.Args() {
		start := time.Now()
		var r result
		if *stream {
			r = streamCount(path)
		} else {
			r = analyze(path)
		}
		r.ElapsedMs = float64(time.Since(start).Microseconds()) / 1000
		r.MaxRSSKiB = maxRSSKiB()
		r.RSSAnonKiB, r.RSSFileKiB = residentKiB()
		out = append(out, r)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	if err := enc.Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// streamCount reads every event and keeps only their number: what x/exp/trace
// itself needs in memory (it buffers one generation at a time).
func streamCount(path string) (res result) {
	res = result{File: path, GCPausesNs: []int64{}, LeakStacks: [][]frame{}}
	f, err := os.Open(path)
	if err != nil {
		res.Error = err.Error()
		return
	}
	defer f.Close()
	rd, err := trace.NewReader(f)
	if err != nil {
		res.Error = err.Error()
		return
	}
	for {
		_, err := rd.ReadEvent()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			res.Error = err.Error()
			return
		}
		res.Events++
	}
}

func analyze(path string) (res result) {
	res = result{File: path, GCPausesNs: []int64{}, LeakStacks: [][]frame{}}
	f, err := os.Open(path)
	if err != nil {
		res.Error = err.Error()
		return
	}
	defer f.Close()
	rd, err := trace.NewReader(bufio.NewReaderSize(f, 1<<20))
	if err != nil {
		res.Error = err.Error()
		return
	}
	stwBegin := map[trace.GoID][]trace.Time{}
	assist := map[trace.GoID]trace.Time{}
	alive := map[trace.GoID]bool{}
	state := map[trace.GoID]trace.GoState{}
	created := map[trace.GoID][]frame{}
	runnableSince := map[trace.GoID]trace.Time{}
	var waited []int64
	first := true
	for {
		ev, err := rd.ReadEvent()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			res.Error = err.Error()
			return
		}
		res.Events++
		if first {
			res.FirstNs = int64(ev.Time())
			first = false
		}
		res.LastNs = int64(ev.Time())
		switch ev.Kind() {
		case trace.EventSync:
			res.Syncs++
		case trace.EventRangeBegin, trace.EventRangeActive, trace.EventRangeEnd:
			rg := ev.Range()
			switch {
			case rg.Name == "GC concurrent mark phase" && ev.Kind() == trace.EventRangeBegin:
				res.GCCycles++
				if forcedBegin(ev.Stack()) {
					res.ForcedGCCycles++
				}
			case len(rg.Name) > 14 && rg.Name[:14] == "stop-the-world":
				g := ev.Goroutine()
				if ev.Kind() == trace.EventRangeBegin {
					stwBegin[g] = append(stwBegin[g], ev.Time())
					res.STWCount++
				} else if ev.Kind() == trace.EventRangeEnd {
					open := stwBegin[g]
					if len(open) > 0 {
						b := open[len(open)-1]
						stwBegin[g] = open[:len(open)-1]
						if rg.Name == "stop-the-world (GC sweep termination)" || rg.Name == "stop-the-world (GC mark termination)" {
							res.GCPausesNs = append(res.GCPausesNs, int64(ev.Time()-b))
						}
					}
				}
			case rg.Name == "GC mark assist":
				g := trace.GoID(rg.Scope.Goroutine())
				switch ev.Kind() {
				case trace.EventRangeBegin, trace.EventRangeActive:
					assist[g] = ev.Time()
				case trace.EventRangeEnd:
					if b, ok := assist[g]; ok {
						res.MarkAssistNs += int64(ev.Time() - b)
						delete(assist, g)
					}
				}
			}
		case trace.EventMetric:
			m := ev.Metric()
			switch m.Name {
			case "/memory/classes/heap/objects:bytes":
				res.PeakHeapBytes = max(res.PeakHeapBytes, m.Value.Uint64())
			case "/gc/heap/goal:bytes":
				res.HeapGoalBytes = max(res.HeapGoalBytes, m.Value.Uint64())
			}
		case trace.EventStateTransition:
			st := ev.StateTransition()
			if st.Resource.Kind != trace.ResourceGoroutine {
				break
			}
			id := st.Resource.Goroutine()
			from, to := st.Goroutine()
			state[id] = to
			if to == trace.GoRunnable {
				if from != trace.GoRunnable && from != trace.GoUndetermined {
					runnableSince[id] = ev.Time()
				}
			} else if from == trace.GoRunnable {
				if since, ok := runnableSince[id]; ok {
					if to == trace.GoRunning {
						waited = append(waited, int64(ev.Time()-since))
					}
					delete(runnableSince, id)
				}
			}
			if from == trace.GoNotExist {
				res.Goroutines.Created++
				var stk []frame
				for f := range ev.Stack().Frames() {
					stk = append(stk, frame{f.Func, f.File, f.Line})
				}
				created[id] = stk
			} else if from == trace.GoUndetermined && !alive[id] {
				res.Goroutines.AtStart++
			}
			if to == trace.GoNotExist {
				res.Goroutines.Ended++
				delete(alive, id)
				delete(created, id)
			} else if !alive[id] {
				alive[id] = true
				res.Goroutines.PeakAlive = max(res.Goroutines.PeakAlive, len(alive))
			}
		}
	}
	for _, b := range assist {
		res.MarkAssistNs += int64(trace.Time(res.LastNs) - b)
	}
	res.Goroutines.AliveAtEnd = len(alive)
	res.SchedWaits = summarizeWaits(waited)
	for id, stk := range created {
		// A leak is blocked at the end: a goroutine still runnable or running could
		// make progress (go-runtime-gate's definition, src/trace/metrics.ts).
		if s := state[id]; s == trace.GoRunnable || s == trace.GoRunning {
			continue
		}
		if stk == nil {
			stk = []frame{}
		}
		res.LeakStacks = append(res.LeakStacks, stk)
	}
	sort.Slice(res.LeakStacks, func(i, j int) bool {
		return fmt.Sprint(res.LeakStacks[i]) < fmt.Sprint(res.LeakStacks[j])
	})
	return
}

// forcedBegin reports whether a GC cycle's begin stack is runtime.GC's gcStart.
func forcedBegin(stk trace.Stack) bool {
	for f := range stk.Frames() {
		if f.Func == "runtime.gcStart" {
			continue
		}
		return f.Func == "runtime.GC"
	}
	return false
}

func summarizeWaits(w []int64) waits {
	s := waits{Count: len(w)}
	if len(w) == 0 {
		return s
	}
	slices.Sort(w)
	i := min(len(w)-1, max(0, int(math.Ceil(0.99*float64(len(w))))-1))
	s.P99Ns = w[i]
	s.MaxNs = w[len(w)-1]
	for _, d := range w {
		s.TotalNs += d
	}
	return s
}
