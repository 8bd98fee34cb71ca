package grammar

import "math/big"

// summary is what oneOf disjointness proofs look at in one branch.
type summary struct {
	types    int
	enum     []any
	hasEnum  bool
	required map[string]bool
	propVals map[string][]any // const/enum of properties[k]
	closed   bool             // no property outside names
	names    map[string]bool
	lo, hi   *big.Rat
	loEx     bool
	hiEx     bool
}

func (c *compiler) summarize(b any) (*summary, error) {
	s := &summary{types: xAll, required: map[string]bool{}, propVals: map[string][]any{}}
	parts, unsat, err := c.flatten([]any{b}, 0)
	if err != nil {
		return nil, err
	}
	if unsat {
		s.types = 0
		return s, nil
	}
	for _, p := range parts {
		o := p.o
		if tv, ok := o.Get("type"); ok {
			t := 0
			switch x := tv.(type) {
			case string:
				t = typeBits[x]
			case []any:
				for _, e := range x {
					if es, ok := e.(string); ok {
						t |= typeBits[es]
					}
				}
			}
			s.types &= t
		}
		for _, k := range []string{"const", "enum"} {
			v, ok := o.Get(k)
			if !ok {
				continue
			}
			vals := []any{v}
			if k == "enum" {
				vals, _ = v.([]any)
			}
			if !s.hasEnum {
				s.enum, s.hasEnum = vals, true
			} else {
				var keep []any
				for _, x := range s.enum {
					for _, y := range vals {
						if jsonEqual(x, y) {
							keep = append(keep, x)
						}
					}
				}
				s.enum = keep
			}
		}
		if rv, ok := o.Get("required"); ok {
			if ra, ok := rv.([]any); ok {
				for _, r := range ra {
					if rs, ok := r.(string); ok {
						s.required[rs] = true
					}
				}
			}
		}
		if pv, ok := o.Get("properties"); ok {
			if po, ok := pv.(*Object); ok {
				for i, k := range po.Keys {
					if vals, ok := c.constVals(po.Vals[i]); ok {
						if old, had := s.propVals[k]; had {
							var keep []any
							for _, x := range old {
								for _, y := range vals {
									if jsonEqual(x, y) {
										keep = append(keep, x)
									}
								}
							}
							vals = keep
						}
						s.propVals[k] = vals
					}
				}
			}
		}
		if av, ok := o.Get("additionalProperties"); ok {
			if ab, ok := av.(bool); ok && !ab {
				if _, hasPat := o.Get("patternProperties"); !hasPat {
					names := map[string]bool{}
					if pv, ok := o.Get("properties"); ok {
						if po, ok := pv.(*Object); ok {
							for _, k := range po.Keys {
								if !s.closed || s.names[k] {
									names[k] = true
								}
							}
						}
					}
					s.closed, s.names = true, names
				}
			}
		}
		for _, k := range []string{"minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum"} {
			v, ok := o.Get(k)
			if !ok {
				continue
			}
			n, ok := v.(Number)
			if !ok {
				continue
			}
			r, ok := new(big.Rat).SetString(string(n))
			if !ok {
				continue
			}
			switch k {
			case "minimum", "exclusiveMinimum":
				if s.lo == nil || r.Cmp(s.lo) > 0 {
					s.lo, s.loEx = r, k == "exclusiveMinimum"
				}
			default:
				if s.hi == nil || r.Cmp(s.hi) < 0 {
					s.hi, s.hiEx = r, k == "exclusiveMaximum"
				}
			}
		}
	}
	return s, nil
}

// constVals returns the values a property schema allows when it is a
// const or enum (through $ref and allOf).
func (c *compiler) constVals(v any) ([]any, bool) {
	parts, unsat, err := c.flatten([]any{v}, 0)
	if err != nil {
		return nil, false
	}
	if unsat {
		return nil, true
	}
	var vals []any
	have := false
	for _, p := range parts {
		for _, k := range []string{"const", "enum"} {
			x, ok := p.o.Get(k)
			if !ok {
				continue
			}
			vs := []any{x}
			if k == "enum" {
				vs, _ = x.([]any)
			}
			if !have {
				vals, have = vs, true
			} else {
				var keep []any
				for _, a := range vals {
					for _, b := range vs {
						if jsonEqual(a, b) {
							keep = append(keep, a)
						}
					}
				}
				vals = keep
			}
		}
	}
	return vals, have
}

func valueType(v any) int {
	switch x := v.(type) {
	case nil:
		return xNull
	case bool:
		return xBool
	case *Object:
		return xObj
	case []any:
		return xArr
	case string:
		return xStr
	case Number:
		r, ok := new(big.Rat).SetString(string(x))
		if ok && r.IsInt() {
			return xInt | xNum
		}
		return xNum
	}
	return 0
}

func (s *summary) admits(v any) bool {
	if valueType(v)&s.types == 0 {
		return false
	}
	if s.hasEnum {
		for _, e := range s.enum {
			if jsonEqual(e, v) {
				return true
			}
		}
		return false
	}
	return true
}

// disjoint is a proof that no value satisfies both summaries (false means
// "could not prove").
func (a *summary) disjoint(b *summary) bool {
	if a.hasEnum {
		for _, v := range a.enum {
			if b.admits(v) {
				return false
			}
		}
		return true
	}
	if b.hasEnum {
		return b.disjoint(a)
	}
	common := a.types & b.types
	for t := 1; t < xAll; t <<= 1 {
		if common&t == 0 {
			continue
		}
		switch t {
		case xObj:
			if !objDisjoint(a, b) && !objDisjoint(b, a) {
				return false
			}
		case xInt, xNum:
			if !rangeDisjoint(a, b) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

func objDisjoint(a, b *summary) bool {
	for k := range a.required {
		if b.closed && !b.names[k] {
			return true
		}
		if !b.required[k] {
			continue
		}
		av, ok1 := a.propVals[k]
		bv, ok2 := b.propVals[k]
		if !ok1 || !ok2 {
			continue
		}
		shared := false
		for _, x := range av {
			for _, y := range bv {
				if jsonEqual(x, y) {
					shared = true
				}
			}
		}
		if !shared {
			return true
		}
	}
	return false
}

func rangeDisjoint(a, b *summary) bool {
	below := func(hi *big.Rat, hiEx bool, lo *big.Rat, loEx bool) bool {
		if hi == nil || lo == nil {
			return false
		}
		c := hi.Cmp(lo)
		return c < 0 || (c == 0 && (hiEx || loEx))
	}
	return below(a.hi, a.hiEx, b.lo, b.loEx) || below(b.hi, b.hiEx, a.lo, a.loEx)
}
