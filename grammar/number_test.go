package grammar

import (
	"math/big"
	"strings"
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

// fastPathSpecs are numeric constraints for the int64-path tests: integer
// and fractional bounds, exclusive or not, with and without a step, some
// beyond the int64 path; texts are integer and decimal texts around them.
func fastPathSpecs(t *testing.T) (specs []*numSpec, texts []string) {
	r := func(s string) *big.Rat {
		v, ok := new(big.Rat).SetString(s)
		if !ok {
			t.Fatal(s)
		}
		return v
	}
	specs = []*numSpec{
		{integer: true, lo: r("0"), step: ratOne},
		{lo: r("-5"), loExcl: true, hi: r("100"), hiExcl: true},
		{hi: r("7"), mult: r("3"), step: r("3")},
		{integer: true, lo: r("1.5"), hi: r("9.5"), step: ratOne},
		{lo: r("-1152921504606846975"), hi: r("1152921504606846975")},
		{hi: r("99999999999999999999")},
		{mult: r("0.5"), step: r("0.5")},
		{lo: r("-100000000"), hi: r("100000000"), mult: r("0.01"), step: r("0.01")},
		{lo: r("0"), hi: r("99.99"), hiExcl: true, mult: r("0.01"), step: r("0.01")},
		{lo: r("1/3")},
		{mult: r("0.0000000001"), step: r("0.0000000001")},
		{lo: r("2.5"), loExcl: true, hi: r("2.75"), mult: r("0.05"), step: r("0.05")},
		{integer: true, lo: r("-30"), hi: r("-20"), step: r("7")},
	}
	texts = []string{"0", "-0", "1", "-1", "2", "3", "6", "7", "9", "10", "99", "100", "101", "-4", "-5", "-6", "1152921504606846975", "1152921504606846976", "-1152921504606846976", "123456789012345678901",
		"0.5", "-0.5", "1.50", "1.5000000000", "9.5", "9.51", "99.99", "99.98", "99.990", "0.01", "0.001", "0.010", "-0.01", "100000000.00", "100000000.01", "-100000000.01", "7.25", "0.0", "-0.0",
		"0.33", "0.34", "0.0000000001", "0.00000000015", "1152921504606.84697", "0.000000000000000000001", "2.55", "2.5", "2.50", "2.75", "2.8", "-2.6", "-21", "-28", "-35"}
	for _, n := range specs {
		n.prepareInt()
	}
	return specs, texts
}

// TestCompleteIntFastPath checks the scaled int64 path of complete against
// the rational one.
func TestCompleteIntFastPath(t *testing.T) {
	specs, texts := fastPathSpecs(t)
	for si, n := range specs {
		ref := *n
		ref.intOK = false
		for _, p := range texts {
			if got, want := n.complete(p), ref.complete(p); got != want {
				t.Errorf("spec %d, %s: int path %v, rational %v", si, p, got, want)
			}
		}
	}
	for si, want := range []bool{true, true, true, true, true, false, true, true, true, false, false, true, true} {
		if specs[si].intOK != want {
			t.Errorf("spec %d: int path %v, want %v", si, specs[si].intOK, want)
		}
	}
}

// TestViableIntFastPath checks the int64 path of viable against the
// rational one on every prefix of the texts (and of their negations).
func TestViableIntFastPath(t *testing.T) {
	specs, texts := fastPathSpecs(t)
	answered := 0
	for si, n := range specs {
		for _, x := range texts {
			for _, p := range []string{x, "-" + strings.TrimPrefix(x, "-"), x + ".", x + "0"} {
				for k := 0; k <= len(p); k++ {
					pre := p[:k]
					if numPhase(pre) < 0 || (n.integer && strings.Contains(pre, ".")) {
						continue
					}
					got, ok := n.viableInt(pre)
					if !ok {
						continue
					}
					answered++
					if want := n.viableRat(pre); got != want {
						t.Errorf("spec %d, %q: int path %v, rational %v", si, pre, got, want)
					}
				}
			}
		}
	}
	if answered < 1000 {
		t.Errorf("the int path answered only %d prefixes", answered)
	}
}

// TestNumberLengthRoom: a number one character short of maxNumberLen may
// take a last digit but not a character that would need another after it
// ('.', 'e', '-' of an exponent), which would leave a number that can
// neither end nor go on.
func TestNumberLengthRoom(t *testing.T) {
	prefix := strings.Repeat("7", maxNumberLen-1)
	for _, c := range []struct {
		schema, next string
		ok           bool
	}{
		{`{"type": "number"}`, "1", true},
		{`{"type": "number"}`, ".", false},
		{`{"type": "number"}`, "e", false},
		{`{"type": "integer"}`, "0", true},
		{`{"type": "number"}`, "-", false},
	} {
		g, err := CompileJSONSchema(nil, []byte(c.schema), Options{})
		if err != nil {
			t.Fatal(err)
		}
		m := g.NewMatcher()
		if err := m.AcceptBytes([]byte(prefix)); err != nil {
			t.Fatalf("%s: %d digits refused: %v", c.schema, len(prefix), err)
		}
		if err := m.AcceptBytes([]byte(c.next)); (err == nil) != c.ok {
			t.Errorf("%s: %q after %d digits: error %v, want accepted %v", c.schema, c.next, len(prefix), err, c.ok)
		}
		if c.ok && !m.Done() {
			t.Errorf("%s: %d characters accepted but cannot end", c.schema, maxNumberLen)
		}
	}
}
