package grammar

import (
	"fmt"
	"slices"
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
	_, hasThen := o.Get("then")
	_, hasElse := o.Get("else")
	if !hasThen && !hasElse {
		return nil, false, nil
	}
	thenV, elseV := ifThenElse(o)
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

// discriminator is a supported "if": objects whose property key is one
// of values (required: the key must be present; objectOnly: non-objects
// fail it).
type discriminator struct {
	key                  string
	values               []string
	required, objectOnly bool
}

// negateDiscriminator returns a schema valid exactly where the
// discriminator schema ifo is not, or an error naming "if" when ifo is not
// of the supported form.
func (c *compiler) negateDiscriminator(o, ifo *Object) (any, error) {
	d, err := c.parseDiscriminator(o, ifo)
	if err != nil {
		return nil, err
	}
	notV := c.notValues(o, d.values)
	present := &Object{Keys: []string{"required", "properties"}, Vals: []any{[]any{d.key}, &Object{Keys: []string{d.key}, Vals: []any{notV}}}}
	alts := []any{present}
	if d.required {
		absent := &Object{Keys: []string{"properties"}, Vals: []any{&Object{Keys: []string{d.key}, Vals: []any{false}}}}
		alts = append(alts, absent)
	}
	objAlt := &Object{Keys: []string{"type", "anyOf"}, Vals: []any{"object", alts}}
	// every non-object satisfies the discriminator, unless it says
	// type: object
	var neg any = objAlt
	if d.objectOnly {
		neg = &Object{Keys: []string{"anyOf"}, Vals: []any{[]any{
			&Object{Keys: []string{"type"}, Vals: []any{nonObjectTypes()}},
			objAlt,
		}}}
	}
	for _, x := range []*Object{present, objAlt} {
		c.ix.ptr[x] = c.ptr(o)
	}
	return neg, nil
}

func nonObjectTypes() []any { return []any{"null", "boolean", "number", "string", "array"} }

// notValues is a schema for a value that is none of the strings.
func (c *compiler) notValues(o *Object, values []string) *Object {
	var pats []any
	for _, w := range values {
		pats = append(pats, &Object{Keys: []string{"pattern"}, Vals: []any{notStringPattern(w)}})
	}
	notV := &Object{Keys: []string{"anyOf"}, Vals: []any{[]any{
		&Object{Keys: []string{"type"}, Vals: []any{[]any{"null", "boolean", "number", "array", "object"}}},
		&Object{Keys: []string{"type", "allOf"}, Vals: []any{"string", pats}},
	}}}
	c.ix.ptr[notV] = c.ptr(o)
	return notV
}

// parseDiscriminator reads an "if" of the supported form.
func (c *compiler) parseDiscriminator(o, ifo *Object) (discriminator, error) {
	unsup := func() (discriminator, error) {
		return discriminator{}, c.errf(o, "if", "only if {properties: {k: {const|enum of strings}}, required: [k]} is supported")
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
	return discriminator{key: key, values: values, required: required, objectOnly: objectOnly}, nil
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

// ifGroup distributes together the if/then/else parts of a conjunction
// whose discriminators test one key against pairwise disjoint values (part
// i and those after it that fit): at most one of them holds for an object
// with the key present, so n of them need n+3 branches, not 2^n. For the
// branches: a non-object (each if holds unless it says type: object), an
// object without the key (each if holds unless it requires the key), an
// object whose key has one member's value (only that if holds), and an
// object whose key has none of the values (no if holds). It returns nil
// when fewer than two parts fit.
func (c *compiler) ifGroup(parts []part, i int) (branches []any, members []int) {
	d0, ok := c.partDiscriminator(parts[i])
	if !ok {
		return nil, nil
	}
	seen := map[string]bool{}
	for _, v := range d0.values {
		seen[v] = true
	}
	members = []int{i}
	discs := []discriminator{d0}
	for j := i + 1; j < len(parts); j++ {
		d, ok := c.partDiscriminator(parts[j])
		if !ok || d.key != d0.key || slices.ContainsFunc(d.values, func(v string) bool { return seen[v] }) {
			continue
		}
		for _, v := range d.values {
			seen[v] = true
		}
		members = append(members, j)
		discs = append(discs, d)
	}
	if len(members) < 2 {
		return nil, nil
	}
	var key strings.Builder
	for _, m := range members {
		fmt.Fprintf(&key, "%p,", parts[m].o)
	}
	if old, ok := c.synthGroup[key.String()]; ok {
		return old, members
	}
	o := parts[i].o
	k := d0.key
	// each member's then or else, as its if holds or not
	pick := func(holds func(m int) bool) []any {
		var out []any
		for mi, m := range members {
			thenV, elseV := ifThenElse(parts[m].o)
			if holds(mi) {
				out = append(out, thenV)
			} else {
				out = append(out, elseV)
			}
		}
		return out
	}
	obj := func(keys []string, vals []any, holds func(m int) bool) *Object {
		b := &Object{Keys: append(keys, "allOf"), Vals: append(vals, pick(holds))}
		c.ix.ptr[b] = c.ptr(o)
		return b
	}
	prop := func(v any) *Object { return &Object{Keys: []string{k}, Vals: []any{v}} }
	branches = append(branches,
		obj([]string{"type"}, []any{nonObjectTypes()}, func(m int) bool { return !discs[m].objectOnly }),
		obj([]string{"type", "properties"}, []any{"object", prop(false)}, func(m int) bool { return !discs[m].required }))
	var all []string
	for mi, d := range discs {
		enum := make([]any, len(d.values))
		for j, v := range d.values {
			enum[j] = v
		}
		all = append(all, d.values...)
		branches = append(branches, obj([]string{"type", "required", "properties"}, []any{"object", []any{k}, prop(&Object{Keys: []string{"enum"}, Vals: []any{enum}})},
			func(m int) bool { return m == mi }))
	}
	branches = append(branches, obj([]string{"type", "required", "properties"}, []any{"object", []any{k}, prop(c.notValues(o, all))}, func(int) bool { return false }))
	if c.synthGroup == nil {
		c.synthGroup = map[string][]any{}
	}
	c.synthGroup[key.String()] = branches
	return branches, members
}

// partDiscriminator reports the discriminator of a part's pending
// if/then/else, when it has one of the supported form.
func (c *compiler) partDiscriminator(p part) (discriminator, bool) {
	if p.done&4 != 0 || c.noIf {
		return discriminator{}, false
	}
	iv, ok := p.o.Get("if")
	ifo, isObj := iv.(*Object)
	if !ok || !isObj {
		return discriminator{}, false
	}
	_, hasThen := p.o.Get("then")
	_, hasElse := p.o.Get("else")
	if !hasThen && !hasElse {
		return discriminator{}, false
	}
	d, err := c.parseDiscriminator(p.o, ifo)
	return d, err == nil
}

// ifThenElse returns an object's then and else (true when absent).
func ifThenElse(o *Object) (thenV, elseV any) {
	thenV, hasThen := o.Get("then")
	elseV, hasElse := o.Get("else")
	if !hasThen {
		thenV = true
	}
	if !hasElse {
		elseV = true
	}
	return thenV, elseV
}
