package sdk

import "strings"

// stopFilter passes a streamed reply's text on until a stop string appears.
// Text that could be the beginning of a stop string is held back until the
// next piece shows whether it is one, so a stop string split across tokens is
// still caught and never shown in part.
type stopFilter struct {
	stops   []string
	after   []string // stop strings that end the reply after themselves
	pending string
	hit     bool
}

// push adds a piece of text and returns the text that is now safe to emit.
// Once a stop string is found, stopped reports true, the text before it is the
// last returned, and later pushes return nothing.
func (f *stopFilter) push(piece string) (out string, stopped bool) {
	if f.hit {
		return "", true
	}
	if len(f.stops) == 0 && len(f.after) == 0 {
		return piece, false
	}
	f.pending += piece
	// The earliest stop string wins (where it ends, for a StopAfter string:
	// the reply is cut at the first possible point); on a tie, the
	// longest.
	cut, found := 0, false
	for _, s := range f.stops {
		if i := strings.Index(f.pending, s); i >= 0 && (!found || i < cut) {
			cut, found = i, true
		}
	}
	for _, s := range f.after {
		if i := strings.Index(f.pending, s); i >= 0 && (!found || i+len(s) < cut) {
			cut, found = i+len(s), true
		}
	}
	if found {
		out, f.pending, f.hit = f.pending[:cut], "", true
		return out, true
	}
	keep := 0
	for _, s := range f.stops {
		keep = max(keep, partialSuffix(f.pending, s))
	}
	for _, s := range f.after {
		keep = max(keep, partialSuffix(f.pending, s))
	}
	out = f.pending[:len(f.pending)-keep]
	f.pending = f.pending[len(f.pending)-keep:]
	return out, false
}

// flush returns the text held back at the end of the reply.
func (f *stopFilter) flush() string {
	out := f.pending
	f.pending = ""
	if f.hit {
		return ""
	}
	return out
}

// partialSuffix returns the length of the longest proper suffix of s that is a
// prefix of marker.
func partialSuffix(s, marker string) int {
	for n := min(len(s), len(marker)-1); n > 0; n-- {
		if strings.HasSuffix(s, marker[:n]) {
			return n
		}
	}
	return 0
}
