package sdk

import (
	"math/rand/v2"
	"strings"
	"testing"
)

func TestStopSpanningTokens(t *testing.T) {
	f := stopFilter{stops: []string{"END", "\n\nUser:"}}
	var got strings.Builder
	pieces := []string{"Hello", " E", "N", "D more"}
	stoppedAt := -1
	for i, p := range pieces {
		out, stopped := f.push(p)
		got.WriteString(out)
		if i == 1 && got.String() != "Hello " {
			t.Fatalf("after %q: emitted %q, want the E held back", p, got.String())
		}
		if stopped {
			stoppedAt = i
			break
		}
	}
	if stoppedAt != 3 || got.String() != "Hello " {
		t.Fatalf("stopped at piece %d with %q", stoppedAt, got.String())
	}
	// A near miss is released when it turns out not to be a stop string.
	f = stopFilter{stops: []string{"END"}}
	a, _ := f.push("xEN")
	b, stopped := f.push("X")
	if a != "x" || b != "ENX" || stopped || f.flush() != "" {
		t.Fatalf("near miss: %q then %q", a, b)
	}
	// Held text comes out at the end.
	f = stopFilter{stops: []string{"END"}}
	a, _ = f.push("abcE")
	if a != "abc" || f.flush() != "E" {
		t.Fatalf("flush")
	}
}

// Property: whatever the split, the emitted text is exactly the text before
// the first stop string (or all of it), and no part of a stop string leaks.
func TestStopRandomSplits(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	stops := []string{"END", "NDA", "aab", "\u00e9\u00e9"}
	alphabet := []string{"a", "b", "E", "N", "D", "A", "\u00e9"}
	for range 3000 {
		var sb strings.Builder
		for range r.IntN(30) {
			sb.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		text := sb.String()
		want := text
		for _, s := range stops {
			if i := strings.Index(text, s); i >= 0 && i < len(want) {
				want = text[:i]
			}
		}
		f := stopFilter{stops: stops}
		var got strings.Builder
		rest, stopped := text, false
		for rest != "" && !stopped {
			n := 1 + r.IntN(len(rest))
			var out string
			out, stopped = f.push(rest[:n])
			got.WriteString(out)
			rest = rest[n:]
		}
		got.WriteString(f.flush())
		if got.String() != want {
			t.Fatalf("%q: emitted %q, want %q", text, got.String(), want)
		}
		if stopped != (want != text) {
			t.Fatalf("%q: stopped=%v", text, stopped)
		}
	}
}

// A StopAfter string ends the reply after itself, found across pieces; the
// earliest cut of all the strings wins.
func TestStopAfter(t *testing.T) {
	f := stopFilter{stops: []string{"```output"}, after: []string{"\n```\n"}}
	var got strings.Builder
	stopped := false
	for _, p := range []string{"x = 1\n``", "`", "\n```output\n1"} {
		out, s := f.push(p)
		got.WriteString(out)
		if stopped = s; s {
			break
		}
	}
	if !stopped || got.String() != "x = 1\n```\n" || f.flush() != "" {
		t.Fatalf("stopped %v with %q", stopped, got.String())
	}
	f = stopFilter{stops: []string{"\n```"}, after: []string{"\n```\n"}}
	if out, s := f.push("a\n```\nb"); !s || out != "a" {
		t.Fatalf("the earlier cut (a Stop string) lost: %q", out)
	}
	f = stopFilter{stops: []string{"b"}, after: []string{"a\n"}}
	if out, s := f.push("xa\nb"); !s || out != "xa\n" {
		t.Fatalf("the earlier cut (a StopAfter string) lost: %q", out)
	}
}
