package grammar

import (
	"math/big"
	"testing"
)

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

// TestCompleteIntFastPath checks the int64 path of complete against the
// rational one on integer texts around the bounds, for integer and
// fractional bounds, exclusive or not, with and without a step.
func TestCompleteIntFastPath(t *testing.T) {
	r := func(s string) *big.Rat {
		v, ok := new(big.Rat).SetString(s)
		if !ok {
			t.Fatal(s)
		}
		return v
	}
	specs := []*numSpec{
		{integer: true, lo: r("0"), step: ratOne},
		{lo: r("-5"), loExcl: true, hi: r("100"), hiExcl: true},
		{hi: r("7"), mult: r("3"), step: r("3")},
		{integer: true, lo: r("1.5"), hi: r("9.5"), step: ratOne},
		{lo: r("-1152921504606846975"), hi: r("1152921504606846975")},
		{hi: r("99999999999999999999")},
		{mult: r("0.5"), step: r("0.5")},
	}
	texts := []string{"0", "-0", "1", "-1", "2", "3", "6", "7", "9", "10", "99", "100", "101", "-4", "-5", "-6", "1152921504606846975", "1152921504606846976", "-1152921504606846976", "123456789012345678901"}
	for si, n := range specs {
		n.prepareInt()
		ref := *n
		ref.intOK = false
		for _, p := range texts {
			if got, want := n.complete(p), ref.complete(p); got != want {
				t.Errorf("spec %d, %s: int path %v, rational %v", si, p, got, want)
			}
		}
	}
	if !specs[0].intOK || specs[3].intOK || specs[5].intOK || specs[6].intOK {
		t.Error("prepareInt chose the int path for the wrong specs")
	}
}
