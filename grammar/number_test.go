package grammar

import "testing"

// TestCanonNumberSameContinuations checks that an unconstrained number
// prefix and its canonical form (the mask cache key) accept the same next
// bytes and complete alike, so they may share a mask walk.
func TestCanonNumberSameContinuations(t *testing.T) {
	prefixes := []string{"", "-", "0", "-0", "7", "-93", "0.", "10.5", "3e", "3E+", "9e-07", "0.000", "123456789012345678901234567890", "1234567890123456789012345678901"}
	for _, n := range []*numSpec{{}, {integer: true}} {
		for _, p := range prefixes {
			c := canonNumber(p)
			if len(c) != len(p) {
				t.Fatalf("%q -> %q: length changed", p, c)
			}
			if n.complete(p) != n.complete(c) {
				t.Errorf("%q and %q complete differently", p, c)
			}
			for b := 0; b < 256; b++ {
				_, ok1 := n.appendByte(p, byte(b))
				_, ok2 := n.appendByte(c, byte(b))
				if ok1 != ok2 {
					t.Errorf("%q and %q differ on byte %q", p, c, byte(b))
				}
			}
		}
	}
	if canonNumber("-93.5e7") != "-11.1e1" || canonNumber("0.05") != "0.11" {
		t.Errorf("canonNumber: %q %q", canonNumber("-93.5e7"), canonNumber("0.05"))
	}
}
