package python

import (
	"context"
	"testing"
)

// BenchmarkLoop measures the interpreter with the bounds' checks on: the
// cost per Starlark step of a plain arithmetic loop.
func BenchmarkLoop(b *testing.B) {
	const code = "t = 0\nfor i in range(100000):\n    t += i * i\nt"
	var steps uint64
	for b.Loop() {
		out, err := Run(context.Background(), code, Options{})
		if err != nil {
			b.Fatal(err)
		}
		steps = out.Steps
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(steps), "ns/step")
}

// BenchmarkStartup measures a run of a one-line program: translation,
// parsing, predeclared modules, one step.
func BenchmarkStartup(b *testing.B) {
	for b.Loop() {
		if _, err := Run(context.Background(), "print(f'{2**10:,}')", Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
