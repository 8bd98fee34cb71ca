package grammar

import (
	"fmt"
	"strings"
)

// if/then/else on a discriminator. When "if" only says that one property
// is (or, with required, is present and is) one of some strings
//
//	{"if": {"properties": {"kind": {"const": "a"}}, "required": ["kind"]},
//	 "then": {...}, "else": {...}}
//
// the keyword is the disjunction of (if and then) and (not if and else),
// and "not if" is written exactly with the forms the compiler has: not an
// object, or kind absent, or kind a non-string or a string differing from
// every value (an anchored pattern per value). Other forms of "if" stay
// compile errors.

// ifBranches returns the branches equivalent to o's if/then/else, ok false
// when o has none to apply (no if, or if without then and else).
func (c *compiler) ifBranches(o *Object) ([]any, bool, error) {
	iv, ok := o.Get("if")
	if !ok || c.noIf {
		return nil, false, nil
	}
	thenV, hasThen := o.Get("then")
	elseV, hasElse := o.Get("else")
	if !hasThen && !hasElse {
		return nil, false, nil
	}
	if !hasThen {
		thenV = true
	}
	if !hasElse {
		elseV = true
	}
	if c.synthIf != nil {
		if old, ok := c.synthIf[o]; ok {
			return old, true, nil
		}
	}
	var out []any
	switch x := iv.(type) {
	case bool:
		if x {
			out = []any{thenV}
		} else {
			out = []any{elseV}
		}
	case *Object:
		notIf, err := c.negateDiscriminator(o, x)
		if err != nil {
			return nil, false, err
		}
		a := &Object{Keys: []string{"allOf"}, Vals: []any{[]any{x, thenV}}}
		b := &Object{Keys: []string{"allOf"}, Vals: []any{[]any{notIf, elseV}}}
		c.ix.ptr[a] = c.ptr(o)
		c.ix.ptr[b] = c.ptr(o)
		out = []any{a, b}
	default:
		return nil, false, c.errf(o, "if", "must be a schema")
	}
	if c.synthIf == nil {
		c.synthIf = map[*Object][]any{}
	}
	c.synthIf[o] = out
	return out, true, nil
}

// negateDiscriminator returns a schema valid exactly where the
// discriminator schema ifo is not, or an error naming "if" when ifo is not
// of the supported form.
func (c *compiler) negateDiscriminator(o, ifo *Object) (any, error) {
	unsup := func() (any, error) {
		return nil, c.errf(o, "if", "only if {properties: {k: {const|enum of strings}}, required: [k]} is supported")
	}
	var key string
	var values []string
	required, objectOnly := false, false
	for i, k := range ifo.Keys {
		v := ifo.Vals[i]
		switch {
		case annotations[k]:
		case k == "type":
			if s, ok := v.(string); !ok || s != "object" {
				return unsup()
			}
			objectOnly = true
		case k == "properties":
			po, ok := v.(*Object)
			if !ok || len(po.Keys) != 1 {
				return unsup()
			}
			key = po.Keys[0]
			ps, ok := po.Vals[0].(*Object)
			if !ok {
				return unsup()
			}
			for j, pk := range ps.Keys {
				pv := ps.Vals[j]
				switch {
				case annotations[pk]:
				case pk == "type":
					if s, ok := pv.(string); !ok || s != "string" {
						return unsup()
					}
				case pk == "const":
					s, ok := pv.(string)
					if !ok || values != nil {
						return unsup()
					}
					values = []string{s}
				case pk == "enum":
					arr, ok := pv.([]any)
					if !ok || len(arr) == 0 || values != nil {
						return unsup()
					}
					for _, e := range arr {
						s, ok := e.(string)
						if !ok {
							return unsup()
						}
						values = append(values, s)
					}
				default:
					return unsup()
				}
			}
		case k == "required":
			ra, ok := v.([]any)
			if !ok || len(ra) != 1 {
				return unsup()
			}
			s, ok := ra[0].(string)
			if !ok {
				return unsup()
			}
			if key != "" && s != key {
				return unsup()
			}
			key = s
			required = true
		default:
			return unsup()
		}
	}
	if values == nil {
		return unsup()
	}
	if p, ok := ifo.Get("properties"); ok && required && p.(*Object).Keys[0] != key {
		return unsup()
	}
	// the key present with a value that is no listed string
	var pats []any
	for _, w := range values {
		pats = append(pats, &Object{Keys: []string{"pattern"}, Vals: []any{notStringPattern(w)}})
	}
	notV := &Object{Keys: []string{"anyOf"}, Vals: []any{[]any{
		&Object{Keys: []string{"type"}, Vals: []any{[]any{"null", "boolean", "number", "array", "object"}}},
		&Object{Keys: []string{"type", "allOf"}, Vals: []any{"string", pats}},
	}}}
	present := &Object{Keys: []string{"required", "properties"}, Vals: []any{[]any{key}, &Object{Keys: []string{key}, Vals: []any{notV}}}}
	alts := []any{present}
	if required {
		absent := &Object{Keys: []string{"properties"}, Vals: []any{&Object{Keys: []string{key}, Vals: []any{false}}}}
		alts = append(alts, absent)
	}
	objAlt := &Object{Keys: []string{"type", "anyOf"}, Vals: []any{"object", alts}}
	// every non-object satisfies the discriminator, unless it says
	// type: object
	var neg any = objAlt
	if objectOnly {
		neg = &Object{Keys: []string{"anyOf"}, Vals: []any{[]any{
			&Object{Keys: []string{"type"}, Vals: []any{[]any{"null", "boolean", "number", "string", "array"}}},
			objAlt,
		}}}
	}
	for _, x := range []*Object{notV, present, objAlt} {
		c.ix.ptr[x] = c.ptr(o)
	}
	return neg, nil
}

// notStringPattern is an anchored ECMA pattern matching every string but
// w: a proper prefix of w, a string leaving w at some character, or w
// followed by more.
func notStringPattern(w string) string {
	rs := []rune(w)
	esc := func(r rune) string {
		if r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return string(r)
		}
		if r > 0xFFFF {
			return fmt.Sprintf("\\u{%X}", r)
		}
		return fmt.Sprintf("\\u%04X", r)
	}
	const anyChar = `(?:.|[\n\r\u2028\u2029])`
	var alts []string
	var pre strings.Builder
	for _, r := range rs {
		p := pre.String()
		alts = append(alts, p) // a proper prefix (i characters)
		alts = append(alts, p+"[^"+esc(r)+"]"+anyChar+"*")
		pre.WriteString(esc(r))
	}
	alts = append(alts, pre.String()+anyChar+"+")
	return "^(?:" + strings.Join(alts, "|") + ")$"
}
