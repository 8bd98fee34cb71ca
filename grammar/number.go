package grammar

import (
	"math/big"
	"strconv"
	"strings"
)

// maxNumberLen bounds the text of one JSON number (longer is rejected, so
// an unconstrained number cannot run on forever).
const maxNumberLen = 32

// numSpec holds the numeric keywords of one schema position.
type numSpec struct {
	integer        bool
	lo, hi         *big.Rat // nil = unbounded
	loExcl, hiExcl bool
	mult           *big.Rat // nil = none
	// step is the spacing every value must be a multiple of: mult, or 1 for
	// integers, or their least common multiple; nil when none.
	step *big.Rat
	// the bounds and step times 10^intScale as int64 (prepareInt), for
	// texts with at most intScale fraction digits
	intOK        bool
	intScale     int
	intLo, intHi int64 // inclusive
	hasLo, hasHi bool
	intStep      int64 // 0: none
	// vals, when non-nil, makes the spec the union of these exact values
	// (each a spec with lo = hi = the value): a numeric enum or const,
	// compared by value (see compiler.finish). The other fields are unset.
	vals []*numSpec
	// sig, sigExp, dec: a vals member's value as sig*10^sigExp, when it
	// is a finite decimal (see sigDigits)
	sig    string
	sigExp int
	dec    bool
	// slack bounds the characters any completion of a fitting prefix
	// adds: the significant digits, a dot, a zero, "e-" and the exponent
	// (|e| <= |sigExp| + 2*maxNumberLen)
	slack int
}

// maxNumEnum bounds the numeric enum values compared by value (each mask
// step checks every one); a larger enum keeps matching their texts.
const maxNumEnum = 32

// numValues is the union of the exact values rs.
func numValues(integer bool, rs []*big.Rat) *numSpec {
	u := &numSpec{integer: integer}
	for _, r := range rs {
		v := &numSpec{integer: integer, lo: r, hi: r}
		v.sig, v.sigExp, v.dec = sigDigits(r)
		v.slack = len(v.sig) + 4 + len(strconv.Itoa(max(v.sigExp, -v.sigExp)+2*maxNumberLen))
		if integer || !v.dec {
			// checked by complete and viable
			if integer {
				v.step = ratOne
			}
			v.prepareInt()
		}
		u.vals = append(u.vals, v)
	}
	return u
}

// sigDigits writes |r| as sig * 10^exp, sig its significant digits (no
// leading or trailing zeros; "" for 0), when r is a finite decimal (dec;
// every JSON number is, up to 400 fraction digits here).
func sigDigits(r *big.Rat) (sig string, exp int, dec bool) {
	t := new(big.Rat).Abs(r)
	for j := range 400 {
		if t.IsInt() {
			s := t.Num().String()
			sig = strings.Trim(s, "0")
			if sig == "" {
				return "", 0, true
			}
			return sig, len(strings.TrimLeft(s, "0")) - len(sig) - j, true
		}
		t.Mul(t, ratTen)
	}
	return "", 0, false
}

// numText is a number text (or prefix) read once for checking it against
// every member of a vals union.
type numText struct {
	p      string
	neg    bool
	digits [maxNumberLen]byte // the mantissa's digits from its first nonzero one
	nd     int                // their count
	nz     int                // the count up to and including the last nonzero one
	frac   int                // the mantissa's digits after its dot
	exp    int                // index of the exponent marker, or -1
}

func readNum(p string) *numText {
	t := &numText{p: p, exp: -1}
	dot := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '-' && i == 0:
			t.neg = true
		case c == '.':
			dot = true
		case c == 'e' || c == 'E':
			t.exp = i
			return t
		case c >= '0' && c <= '9':
			if dot {
				t.frac++
			}
			if t.nd > 0 || c != '0' {
				t.digits[t.nd] = c
				t.nd++
				if c != '0' {
					t.nz = t.nd
				}
			}
		}
	}
	return t
}

// scale returns e with t's mantissa times 10^e equal to n's value (a vals
// member); fits tells whether the mantissa's digits can still become the
// value's significant digits followed by zeros (and its sign agrees); ok
// is whether e exists yet. For the value 0 the mantissa must be all
// zeros, and e is 0.
func (n *numSpec) scale(t *numText) (e int, fits, ok bool) {
	if n.sig == "" {
		return 0, t.nd == 0, t.nd == 0
	}
	if (n.lo.Sign() < 0) != t.neg || t.nz > len(n.sig) {
		return 0, false, false
	}
	if t.nd == 0 {
		return 0, true, false // leading zeros so far
	}
	k := min(t.nd, len(n.sig))
	if string(t.digits[:k]) != n.sig[:k] {
		return 0, false, false
	}
	if t.nd < len(n.sig) {
		return 0, true, false
	}
	// value = sig*10^sigExp, mantissa = sig*10^(nd-len(sig)-frac)
	return n.sigExp - (t.nd - len(n.sig)) + t.frac, true, true
}

// valueHit reports whether t equals n's value, a member of a vals union
// (lo = hi): when whole, t is a complete number (in a complete phase);
// otherwise whether some completion of t does. Exponents are allowed
// unless integer, so a mantissa prefix fits when its sign agrees and its
// significant digits can become the value's followed by zeros: an
// exponent then scales it.
func (n *numSpec) valueHit(t *numText, whole bool) bool {
	switch {
	case (!n.dec || n.integer) && whole:
		return n.complete(t.p)
	case !n.dec || n.integer:
		return n.viable(t.p)
	case t.exp >= 0:
		return n.valueExp(t, whole) && (whole || n.room(t))
	}
	e, fits, ok := n.scale(t)
	if whole {
		return ok && e == 0
	}
	return fits && n.room(t)
}

// room reports whether a completion of t (which fits n's value) is
// short enough for maxNumberLen, so that a prefix kept alive never dead-
// ends. It takes the completion that adds the value's missing significant
// digits and then the exponent that scales them (or the exponent's
// missing digits): never shorter than the shortest, so a prefix within a
// few characters of the limit may be refused although a shorter spelling
// through a dot exists.
func (n *numSpec) room(t *numText) bool {
	if len(t.p)+n.slack <= maxNumberLen {
		return true // room for any completion
	}
	if t.exp >= 0 {
		e, _, _ := n.scale(t)
		rest := t.p[t.exp+1:]
		digits := strings.TrimLeft(rest, "+-")
		want := ""
		if e != 0 {
			want = strconv.Itoa(max(e, -e))
		}
		need := len(want) - len(strings.TrimLeft(digits, "0"))
		if rest == "" && e < 0 {
			need++ // the sign
		}
		if digits == "" {
			need = max(need, 1)
		}
		return len(t.p)+need <= maxNumberLen
	}
	ext := t.p
	if t.nd < len(n.sig) {
		if numPhase(ext) == npZero {
			ext += "."
		}
		ext += n.sig[t.nd:]
	}
	if !numCompletePhase(numPhase(ext)) {
		ext += "0"
	}
	e, _, ok := n.scale(readNum(ext))
	if !ok {
		return false
	}
	l := len(ext)
	if e != 0 {
		l += 1 + len(strconv.Itoa(e))
	}
	return l <= maxNumberLen
}

// valueExp decides t (with an exponent marker) against n's value without
// evaluating the power: the mantissa fixes the exponent e (see scale), and
// the exponent text so far must lead to e (whole: be e; leading zeros
// allowed; any exponent for 0).
func (n *numSpec) valueExp(t *numText, whole bool) bool {
	e, _, ok := n.scale(t)
	if !ok {
		return false
	}
	rest := t.p[t.exp+1:]
	if rest == "" {
		return !whole // any sign may follow
	}
	sign := byte('+')
	if rest[0] == '+' || rest[0] == '-' {
		sign, rest = rest[0], rest[1:]
	}
	if n.sig == "" {
		return !whole || rest != ""
	}
	if (e > 0 && sign == '-') || (e < 0 && sign != '-') {
		return false
	}
	want := ""
	if e != 0 {
		want = strconv.Itoa(max(e, -e))
	}
	d := strings.TrimLeft(rest, "0")
	if whole {
		return d == want && rest != ""
	}
	return strings.HasPrefix(want, d)
}

// intLimit bounds the int64 fast path: scaled bounds, steps and values
// beyond it stay rational.
const intLimit = 1 << 60

// maxIntScale bounds the fraction digits of the bounds and step that the
// int64 path takes.
const maxIntScale = 9

// prepareInt records the bounds and step as integers after scaling by the
// smallest power of ten (at most 10^maxIntScale) that makes them all
// integers of moderate size: texts are then checked without rational
// arithmetic.
func (n *numSpec) prepareInt() {
	n.intOK = false
	rs := []*big.Rat{n.lo, n.hi, n.step}
	scale := -1
	pow := big.NewRat(1, 1)
	for d := 0; d <= maxIntScale && scale < 0; d++ {
		if d > 0 {
			pow.Mul(pow, ratTen)
		}
		all := true
		for _, r := range rs {
			if r != nil && !new(big.Rat).Mul(r, pow).IsInt() {
				all = false
			}
		}
		if all {
			scale = d
		}
	}
	if scale < 0 {
		return
	}
	asInt := func(r *big.Rat) (int64, bool) {
		r = new(big.Rat).Mul(r, pow)
		if !r.Num().IsInt64() {
			return 0, false
		}
		x := r.Num().Int64()
		return x, x > -intLimit && x < intLimit
	}
	n.intOK, n.intScale = true, scale
	if n.lo != nil {
		x, ok := asInt(n.lo)
		if n.loExcl {
			x++
		}
		n.intLo, n.hasLo, n.intOK = x, true, n.intOK && ok
	}
	if n.hi != nil {
		x, ok := asInt(n.hi)
		if n.hiExcl {
			x--
		}
		n.intHi, n.hasHi, n.intOK = x, true, n.intOK && ok
	}
	if n.step != nil {
		x, ok := asInt(n.step)
		n.intStep, n.intOK = x, n.intOK && ok && x > 0
	}
}

// scaled returns the number text p (no exponent) times 10^intScale as an
// int64, or false when it is not an integer that size allows.
func (n *numSpec) scaled(p string) (int64, bool) {
	neg := len(p) > 0 && p[0] == '-'
	if neg {
		p = p[1:]
	}
	frac := 0
	if dot := strings.IndexByte(p, '.'); dot >= 0 {
		// trailing zeros of the fraction do not change the value
		p = strings.TrimRight(p, "0")
		frac = len(p) - dot - 1
	}
	if frac > n.intScale {
		return 0, false
	}
	var v int64
	for i := 0; i < len(p); i++ {
		if p[i] == '.' {
			continue
		}
		if v >= intLimit/10 {
			return 0, false
		}
		v = 10*v + int64(p[i]-'0')
	}
	for range n.intScale - frac {
		if v >= intLimit/10 {
			return 0, false
		}
		v *= 10
	}
	if neg {
		v = -v
	}
	return v, true
}

func (n *numSpec) constrained() bool {
	return n.lo != nil || n.hi != nil || n.mult != nil || n.vals != nil
}

// Number syntax phases.
const (
	npStart = iota
	npMinus
	npZero
	npInt
	npDot
	npFrac
	npE
	npESign
	npExp
)

func numPhase(p string) int {
	ph := npStart
	for i := 0; i < len(p); i++ {
		ph = numNext(ph, p[i])
	}
	return ph
}

// numNext is the syntax automaton of a JSON number; -1 rejects.
func numNext(ph int, c byte) int {
	digit := c >= '0' && c <= '9'
	switch ph {
	case npStart:
		if c == '-' {
			return npMinus
		}
		fallthrough
	case npMinus:
		if c == '0' {
			return npZero
		}
		if digit {
			return npInt
		}
	case npZero:
		if c == '.' {
			return npDot
		}
		if c == 'e' || c == 'E' {
			return npE
		}
	case npInt:
		if digit {
			return npInt
		}
		if c == '.' {
			return npDot
		}
		if c == 'e' || c == 'E' {
			return npE
		}
	case npDot, npFrac:
		if digit {
			return npFrac
		}
		if ph == npFrac && (c == 'e' || c == 'E') {
			return npE
		}
	case npE:
		if c == '+' || c == '-' {
			return npESign
		}
		fallthrough
	case npESign, npExp:
		if digit {
			return npExp
		}
	}
	return -1
}

func numCompletePhase(ph int) bool {
	return ph == npZero || ph == npInt || ph == npFrac || ph == npExp
}

// numAppend extends a number prefix by c, or reports false when no valid
// number under n can start with the result.
func (n *numSpec) appendByte(p string, c byte) (string, bool) {
	if len(p) >= maxNumberLen {
		return "", false
	}
	ph := numNext(numPhase(p), c)
	if ph < 0 {
		return "", false
	}
	if n.integer && (ph == npDot || ph == npFrac || ph >= npE) {
		return "", false
	}
	if ph >= npE && n.constrained() && n.vals == nil {
		return "", false // exponents only for unconstrained numbers
	}
	np := p + string(c)
	if n.constrained() && !n.viable(np) {
		return "", false
	}
	if len(np) == maxNumberLen && !n.complete(np) {
		return "", false // no room left to finish it
	}
	return np, true
}

// complete reports whether p is a whole number satisfying n exactly.
func (n *numSpec) complete(p string) bool {
	ph := numPhase(p)
	if ph < 0 || !numCompletePhase(ph) {
		return false
	}
	if n.integer && ph != npZero && ph != npInt {
		return false
	}
	if !n.constrained() {
		return true
	}
	if n.vals != nil {
		t := readNum(p)
		for _, v := range n.vals {
			if v.valueHit(t, true) {
				return true
			}
		}
		return false
	}
	if n.intOK && ph != npExp {
		if v, ok := n.scaled(p); ok {
			return (!n.hasLo || v >= n.intLo) && (!n.hasHi || v <= n.intHi) && (n.intStep == 0 || v%n.intStep == 0)
		}
	}
	v, ok := new(big.Rat).SetString(p)
	if !ok {
		return false
	}
	return n.contains(v)
}

func (n *numSpec) contains(v *big.Rat) bool {
	if n.vals != nil {
		for _, x := range n.vals {
			if x.contains(v) {
				return true
			}
		}
		return false
	}
	if n.lo != nil {
		c := v.Cmp(n.lo)
		if c < 0 || (c == 0 && n.loExcl) {
			return false
		}
	}
	if n.hi != nil {
		c := v.Cmp(n.hi)
		if c > 0 || (c == 0 && n.hiExcl) {
			return false
		}
	}
	if n.step != nil {
		q := new(big.Rat).Quo(v, n.step)
		if !q.IsInt() {
			return false
		}
	}
	return true
}

var (
	ratOne = big.NewRat(1, 1)
	ratTen = big.NewRat(10, 1)
)

// viable reports whether some completion of prefix p (no exponent) lies in
// the constraint set. Completions of a prefix form a union of intervals.
func (n *numSpec) viable(p string) bool {
	if n.vals != nil {
		t := readNum(p)
		for _, v := range n.vals {
			if v.valueHit(t, false) {
				return true
			}
		}
		return false
	}
	if hit, ok := n.viableInt(p); ok {
		return hit
	}
	return n.viableRat(p)
}

// viableInt is viable on the int64 path: only with a step (every valid
// value then lies on the scaled grid) and at most intScale fraction
// digits in p; ok is false when it cannot answer.
func (n *numSpec) viableInt(p string) (hit, ok bool) {
	if !n.intOK || n.intStep == 0 {
		return false, false
	}
	neg := len(p) > 0 && p[0] == '-'
	body := p
	if neg {
		body = p[1:]
	}
	// check: does a valid value have its absolute value in [a, b)?
	check := func(a, b int64) bool {
		lo, hi := a, b-1
		if neg {
			lo, hi = -hi, -lo
		}
		if n.hasLo {
			lo = max(lo, n.intLo)
		}
		if n.hasHi {
			hi = min(hi, n.intHi)
		}
		if lo > hi {
			return false
		}
		k := lo / n.intStep
		if lo%n.intStep != 0 && lo > 0 {
			k++
		}
		return k*n.intStep <= hi
	}
	if body == "" {
		// any value of this sign (zero included: -0)
		return check(0, intLimit), true
	}
	dot := strings.IndexByte(body, '.')
	if dot >= 0 {
		if len(body)-dot-1 > n.intScale {
			return false, false
		}
		a, ok := n.scaled(body)
		if !ok {
			return false, false
		}
		w := int64(1)
		for range n.intScale - (len(body) - dot - 1) {
			w *= 10
		}
		return check(a, a+w), true
	}
	a, ok := n.scaled(body)
	if !ok {
		return false, false
	}
	w := int64(1)
	for range n.intScale {
		w *= 10
	}
	if body == "0" {
		return check(0, w), true
	}
	// the integer part may go on: [a, a+w) times 10^j
	for j := 0; len(body)+j < maxNumberLen-1; j++ {
		if check(a, a+w) {
			return true, true
		}
		// stop once the interval is entirely beyond the bounds
		if neg && n.hasLo && -a < n.intLo || !neg && n.hasHi && a > n.intHi {
			return false, true
		}
		if a >= intLimit/10 || w >= intLimit/10 {
			return false, false
		}
		a, w = 10*a, 10*w
	}
	return false, true
}

// viableRat is viable in rational arithmetic.
func (n *numSpec) viableRat(p string) bool {
	neg := len(p) > 0 && p[0] == '-'
	body := p
	if neg {
		body = p[1:]
	}
	// interval [a, b) of absolute values, plus whether a itself is complete
	check := func(a, b *big.Rat, pointOnly bool) bool {
		lo, hi := a, b
		loOpen, hiOpen := false, !pointOnly
		if neg {
			lo, hi = new(big.Rat).Neg(b), new(big.Rat).Neg(a)
			loOpen, hiOpen = !pointOnly, false
		}
		return n.intervalHit(lo, hi, loOpen, hiOpen)
	}
	if body == "" {
		// any value of this sign
		return n.signHit(neg)
	}
	dot := -1
	for i := 0; i < len(body); i++ {
		if body[i] == '.' {
			dot = i
		}
	}
	if dot >= 0 {
		ip, fp := body[:dot], body[dot+1:]
		v, _ := new(big.Rat).SetString(ip + "." + fp + "0")
		w := new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(len(fp))), nil))
		return check(v, new(big.Rat).Add(v, w), false)
	}
	iv, _ := new(big.Rat).SetString(body)
	if body == "0" {
		return check(iv, ratOne, false)
	}
	a := new(big.Rat).Set(iv)
	b := new(big.Rat).Add(iv, ratOne)
	for j := 0; len(body)+j < maxNumberLen-1; j++ {
		if check(a, b, false) {
			return true
		}
		// stop once the interval is entirely beyond the bounds
		if n.beyond(a, neg) {
			return false
		}
		a.Mul(a, ratTen)
		b.Mul(b, ratTen)
	}
	return false
}

// beyond reports whether every absolute value >= a is out of bounds.
func (n *numSpec) beyond(a *big.Rat, neg bool) bool {
	if neg {
		return n.lo != nil && new(big.Rat).Neg(a).Cmp(n.lo) < 0
	}
	return n.hi != nil && a.Cmp(n.hi) > 0
}

func (n *numSpec) signHit(neg bool) bool {
	if n.vals != nil {
		for _, v := range n.vals {
			if v.signHit(neg) {
				return true
			}
		}
		return false
	}
	if neg {
		return n.intervalHit(nil, big.NewRat(0, 1), false, false)
	}
	return n.intervalHit(big.NewRat(0, 1), nil, false, false)
}

// intervalHit: does the interval (nil = unbounded) intersected with the
// constraints contain a multiple of step (or any number when no step)?
func (n *numSpec) intervalHit(lo, hi *big.Rat, loOpen, hiOpen bool) bool {
	if n.lo != nil && (lo == nil || n.lo.Cmp(lo) > 0 || (n.lo.Cmp(lo) == 0 && n.loExcl)) {
		lo, loOpen = n.lo, n.loExcl
	}
	if n.hi != nil && (hi == nil || n.hi.Cmp(hi) < 0 || (n.hi.Cmp(hi) == 0 && n.hiExcl)) {
		hi, hiOpen = n.hi, n.hiExcl
	}
	if lo != nil && hi != nil {
		c := lo.Cmp(hi)
		if c > 0 || (c == 0 && (loOpen || hiOpen)) {
			return false
		}
	}
	if n.step == nil {
		return true
	}
	if lo == nil || hi == nil {
		return true
	}
	// smallest multiple of step >= lo (> lo when open)
	q := new(big.Rat).Quo(lo, n.step)
	k := ratCeil(q)
	x := new(big.Rat).Mul(new(big.Rat).SetInt(k), n.step)
	if loOpen && x.Cmp(lo) == 0 {
		x.Add(x, n.step)
	}
	c := x.Cmp(hi)
	return c < 0 || (c == 0 && !hiOpen)
}

func ratCeil(q *big.Rat) *big.Int {
	num, den := q.Num(), q.Denom()
	z, m := new(big.Int).DivMod(num, den, new(big.Int))
	if m.Sign() != 0 {
		z.Add(z, big.NewInt(1))
	}
	return z
}

// ratLCM is the least common multiple of two positive rationals.
func ratLCM(a, b *big.Rat) *big.Rat {
	// lcm(p/q, r/s) = lcm(p*s, r*q) / (q*s)
	ps := new(big.Int).Mul(a.Num(), b.Denom())
	rq := new(big.Int).Mul(b.Num(), a.Denom())
	g := new(big.Int).GCD(nil, nil, ps, rq)
	l := new(big.Int).Mul(ps, rq)
	l.Quo(l, g)
	return new(big.Rat).SetFrac(l, new(big.Int).Mul(a.Denom(), b.Denom()))
}

// canonNumber maps a number prefix to one with the same length and the
// same syntax phase after every byte (digits become '1', except a leading
// '0'), so that an unconstrained number's continuations, which depend on
// nothing else, can be cached once for all such prefixes.
func canonNumber(p string) string {
	b := []byte(p)
	ph := npStart
	for i, c := range b {
		if c >= '0' && c <= '9' && !(c == '0' && (ph == npStart || ph == npMinus)) {
			b[i] = '1'
		}
		ph = numNext(ph, c)
	}
	return string(b)
}
