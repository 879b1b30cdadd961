// Command benchstat-oracle prints full-precision results of
// golang.org/x/perf/benchmath's AssumeNothing assumption, the statistics
// benchstat uses by default, for inputs given as JSON on stdin.
//
// benchstat itself rounds p to three decimals; this helper exposes the same
// library's unrounded values so our TypeScript port can be checked to ~1e-9.
// It only calls benchmath's exported API (NewSample, AssumeNothing.Compare,
// AssumeNothing.Summary); it contains no statistics of its own.
//
// Input (stdin):
//
//	{"cases": [{"name": "...", "x": [...], "y": [...]}],
//	 "summaries": [{"name": "...", "xs": [...], "confidence": 0.95}]}
//
// Output (stdout): the same lists with benchmath's results. Floats are
// printed with %.17g so they round-trip exactly; ±Inf as "+Inf"/"-Inf".
package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strconv"

	"golang.org/x/perf/benchmath"
)

// exact is a float64 that marshals with 17 significant digits.
type exact float64

func (f exact) MarshalJSON() ([]byte, error) {
	v := float64(f)
	switch {
	case math.IsInf(v, 1):
		return []byte(`"+Inf"`), nil
	case math.IsInf(v, -1):
		return []byte(`"-Inf"`), nil
	case math.IsNaN(v):
		return []byte(`"NaN"`), nil
	}
	return []byte(fmt.Sprintf("%.17g", v)), nil
}

type caseIn struct {
	Name string    `json:"name"`
	X    []float64 `json:"x"`
	Y    []float64 `json:"y"`
}

type summaryIn struct {
	Name       string    `json:"name"`
	Xs         []float64 `json:"xs"`
	Confidence float64   `json:"confidence"`
}

type input struct {
	Cases     []caseIn    `json:"cases"`
	Summaries []summaryIn `json:"summaries"`
}

type caseOut struct {
	Name     string   `json:"name"`
	P        exact    `json:"p"`
	PString  string   `json:"pString"`
	N1       int      `json:"n1"`
	N2       int      `json:"n2"`
	Alpha    exact    `json:"alpha"`
	Delta    string   `json:"delta"`
	Warnings []string `json:"warnings"`
}

type summaryOut struct {
	Name       string   `json:"name"`
	N          int      `json:"n"`
	Confidence exact    `json:"requestedConfidence"`
	Center     exact    `json:"center"`
	Lo         exact    `json:"lo"`
	Hi         exact    `json:"hi"`
	Achieved   exact    `json:"confidence"`
	Warnings   []string `json:"warnings"`
}

type output struct {
	Cases     []caseOut    `json:"cases"`
	Summaries []summaryOut `json:"summaries"`
}

func errStrings(errs []error) []string {
	out := []string{}
	for _, e := range errs {
		out = append(out, e.Error())
	}
	return out
}

func main() {
	var in input
	if err := json.NewDecoder(os.Stdin).Decode(&in); err != nil {
		fmt.Fprintln(os.Stderr, "benchstat-oracle: bad input:", err)
		os.Exit(2)
	}
	thresholds := benchmath.DefaultThresholds
	var out output
	for _, c := range in.Cases {
		// NewSample sorts in place; hand it copies.
		s1 := benchmath.NewSample(append([]float64(nil), c.X...), &thresholds)
		s2 := benchmath.NewSample(append([]float64(nil), c.Y...), &thresholds)
		cmp := benchmath.AssumeNothing.Compare(s1, s2)
		old := benchmath.AssumeNothing.Summary(s1, 0.95)
		new := benchmath.AssumeNothing.Summary(s2, 0.95)
		out.Cases = append(out.Cases, caseOut{
			Name:     c.Name,
			P:        exact(cmp.P),
			PString:  strconv.FormatFloat(cmp.P, 'g', 17, 64),
			N1:       cmp.N1,
			N2:       cmp.N2,
			Alpha:    exact(cmp.Alpha),
			Delta:    cmp.FormatDelta(old.Center, new.Center),
			Warnings: errStrings(cmp.Warnings),
		})
	}
	for _, s := range in.Summaries {
		smp := benchmath.NewSample(append([]float64(nil), s.Xs...), &thresholds)
		sum := benchmath.AssumeNothing.Summary(smp, s.Confidence)
		out.Summaries = append(out.Summaries, summaryOut{
			Name:       s.Name,
			N:          len(s.Xs),
			Confidence: exact(s.Confidence),
			Center:     exact(sum.Center),
			Lo:         exact(sum.Lo),
			Hi:         exact(sum.Hi),
			Achieved:   exact(sum.Confidence),
			Warnings:   errStrings(sum.Warnings),
		})
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		fmt.Fprintln(os.Stderr, "benchstat-oracle:", err)
		os.Exit(1)
	}
}
