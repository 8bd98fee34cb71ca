package grammar

import (
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestNumericEnumByValue: enum and const numbers are compared by value, as
// JSON Schema does (santhosh-tekuri/jsonschema decides): every spelling of
// an allowed value is accepted, exponents included, and no other number.
func TestNumericEnumByValue(t *testing.T) {
	schemas := []string{
		`{"const":1}`,
		`{"enum":[2.0]}`,
		`{"enum":[-0.25,"a",120,null]}`,
		`{"const":0}`,
		`{"enum":[1e2,0.001,-3]}`,
		`{"properties":{"a":{"enum":[1.5,2]},"b":{"type":"number","enum":[1,2,3],"minimum":2}}}`,
	}
	var insts []string
	for _, n := range []string{"1", "1.0", "1e0", "1E+0", "10e-1", "0.1e1", "100e-2", "1.00", "0.01e2", "1e1", "11", "1.01", "0.1", "1e-0", "1e00",
		"2", "2.0", "2.00", "20e-1", "0.2E1", "2e0", "2e1", "22", "2.5",
		"-0.25", "-0.250", "-25e-2", "-2.5e-1", "0.25", "-0.2", "-0.26", "-2", "120", "120.0", "1.2e2", "12e1", "1200e-1", "0.12e3", "12", "1.2e3",
		"0", "-0", "0.0", "0e5", "-0.0e-3", "0.00001", "100", "1e2", "1E2", "0.001", "1e-3", "10e-4", "-3", "-3.0", "-30e-1", "3", "-3e0", "1.5", "15e-1", "3e0"} {
		insts = append(insts, n, `{"a":`+n+`}`, `{"b":`+n+`}`)
	}
	insts = append(insts, `"a"`, `null`, `"1"`, `[1,2]`, `[]`, `{}`)
	matchesValidator(t, schemas, insts)
}

// TestNumericEnumSpellings: random spellings (mantissa shifted against an
// exponent, padded with zeros) of the enum's values and of nearby numbers
// are accepted exactly when their value is in the enum (big.Rat decides).
func TestNumericEnumSpellings(t *testing.T) {
	vals := []string{"0", "2", "-0.25", "120", "0.001", "-3", "37.13", "1e-7", "-5e6"}
	g := mustCompile(t, `{"enum":[`+strings.Join(vals, ",")+`]}`, Options{})
	var want []*big.Rat
	for _, v := range vals {
		r, _ := new(big.Rat).SetString(v)
		want = append(want, r)
	}
	rng := rand.New(rand.NewSource(3))
	checked, accepted := 0, 0
	for range 2000 {
		r := new(big.Rat).Set(want[rng.Intn(len(want))])
		if rng.Intn(3) == 0 { // a nearby value
			r.Add(r, big.NewRat(int64(rng.Intn(5)-2), int64(1+rng.Intn(1000))))
		}
		sig, e, ok := sigDigits(r)
		if !ok {
			continue
		}
		if sig == "" {
			sig = "0"
		}
		// sig*10^e spelled as its digits and z zeros with a dot after k
		// of them, and the exponent that makes up for both (or one off)
		z := rng.Intn(3)
		digits := sig + strings.Repeat("0", z)
		k := rng.Intn(len(digits) + 1)
		mant := digits[:k] + "." + digits[k:]
		switch {
		case k == len(digits):
			mant = digits
		case k == 0:
			mant = "0" + mant
		}
		x := e - z + len(digits) - k + rng.Intn(3) - 1
		txt := mant
		if r.Sign() < 0 {
			txt = "-" + txt
		}
		if x != 0 || rng.Intn(2) == 0 {
			txt += []string{"e", "E"}[rng.Intn(2)] + []string{"", "+", "0"}[rng.Intn(3)]
			if x < 0 {
				txt = strings.TrimSuffix(strings.TrimSuffix(txt, "+"), "0") + "-"
				x = -x
			}
			txt += strconv.Itoa(x)
		}
		v, ok := new(big.Rat).SetString(txt)
		if !ok || !json.Valid([]byte(txt)) {
			continue
		}
		in := false
		for _, w := range want {
			in = in || v.Cmp(w) == 0
		}
		if got := accepts(t, g, txt); got != in {
			t.Errorf("%s: matcher %v, value in the enum %v", txt, got, in)
		}
		checked++
		if in {
			accepted++
		}
	}
	if checked < 1000 || accepted < 300 {
		t.Fatalf("only %d spellings checked, %d in the enum", checked, accepted)
	}
	t.Logf("%d spellings checked, %d in the enum", checked, accepted)
}

// BenchmarkNumericEnumMask: masks inside a number of a 32-value numeric
// enum (each byte checks every value; a fresh grammar per mask, so every
// mask is walked, not taken from the grammar's cache);
// cpu-µs/mask is the process CPU time per mask.
func BenchmarkNumericEnumMask(b *testing.B) {
	_, ix := qwen(b)
	var sb strings.Builder
	sb.WriteString(`{"type":"array","items":{"enum":[`)
	for i := range maxNumEnum {
		if i > 0 {
			sb.WriteByte(',')
		}
		fmt.Fprintf(&sb, "%d.%02d", i*37, i*13%100)
	}
	sb.WriteString(`]}}`)
	mask := make([]uint64, ix.MaskWords())
	prefixes := []string{"[", "[1", "[11", "[111.", "[111.3", "[0.", "[3713e-"}
	var cpu time.Duration
	n := 0
	for b.Loop() {
		for _, p := range prefixes {
			g, err := CompileJSONSchema(ix, []byte(sb.String()), Options{})
			if err != nil {
				b.Fatal(err)
			}
			m := g.NewMatcher()
			if err := m.AcceptBytes([]byte(p)); err != nil {
				b.Fatal(err)
			}
			cpu0 := processCPU()
			m.Mask(mask)
			cpu += processCPU() - cpu0
			n++
		}
	}
	b.ReportMetric(float64(cpu.Microseconds())/float64(n), "cpu-µs/mask")
}

// TestNumericEnumNoDeadEnd: zeros appended to a spelling of each value
// for as long as the matcher takes them never leave a prefix without a
// completion within the number length limit (a depth-bounded search over
// number bytes finds one that the matcher accepts as whole).
func TestNumericEnumNoDeadEnd(t *testing.T) {
	g := mustCompile(t, `{"enum":[5,0,-0.25,1e-20,37.13,120]}`, Options{})
	var complete func(p string, depth int) bool
	complete = func(p string, depth int) bool {
		if accepts(t, g, p) {
			return true
		}
		if depth == 0 {
			return false
		}
		for _, c := range "0123456789.eE+-" {
			m := g.NewMatcher()
			if m.AcceptBytes([]byte(p+string(c))) == nil && complete(p+string(c), depth-1) {
				return true
			}
		}
		return false
	}
	for _, start := range []string{"5", "0.", "-0.", "0.0", "1", "-0.0", "3713"} {
		p := start
		for {
			m := g.NewMatcher()
			if m.AcceptBytes([]byte(p)) != nil {
				break
			}
			if !complete(p, 4) {
				t.Errorf("%q: accepted, but no completion found", p)
				break
			}
			p += "0"
		}
		if len(p) < 20 {
			t.Errorf("%q: zeros stopped early", p)
		}
	}
}
