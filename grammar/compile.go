package grammar

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strings"
)

// CompileError reports a schema the matcher cannot enforce exactly: the
// keyword and the JSON pointer of the subschema that holds it.
type CompileError struct {
	Keyword string // the offending keyword; "" when the error is about the subschema as a whole
	Pointer string // JSON pointer of the subschema, as a URI fragment ("#", "#/properties/a")
	Reason  string // what is wrong, in words
	Err     error  // the cause, when there is one (errors.Is(err, ErrBudget) works through it)
}

// Unwrap returns the cause.
func (e *CompileError) Unwrap() error { return e.Err }

// Error returns the pointer, the keyword (if any) and the reason.
func (e *CompileError) Error() string {
	if e.Keyword == "" {
		return fmt.Sprintf("schema %s: %s", e.Pointer, e.Reason)
	}
	return fmt.Sprintf("schema %s: keyword %q: %s", e.Pointer, e.Keyword, e.Reason)
}

// annotation keywords: meaning nothing for validation.
var annotations = map[string]bool{
	"title": true, "description": true, "examples": true, "default": true, "$comment": true,
	"$schema": true, "$id": true, "id": true, "deprecated": true, "readOnly": true, "writeOnly": true,
	"contentMediaType": true, "contentEncoding": true, "contentSchema": true, "$anchor": true,
	"$dynamicAnchor": true, "$vocabulary": true, "$defs": true, "definitions": true,
}

// keywords this compiler enforces (others known to JSON Schema are errors;
// unknown keywords have no meaning in JSON Schema and are ignored).
var enforced = map[string]bool{
	"type": true, "enum": true, "const": true, "properties": true, "required": true,
	"additionalProperties": true, "patternProperties": true, "propertyNames": true,
	"minProperties": true, "maxProperties": true, "dependentRequired": true, "dependencies": true, "dependentSchemas": true,
	"items": true, "prefixItems": true, "additionalItems": true, "minItems": true, "maxItems": true,
	"uniqueItems": true, "minLength": true, "maxLength": true, "pattern": true, "format": true,
	"minimum": true, "maximum": true, "exclusiveMinimum": true, "exclusiveMaximum": true,
	"multipleOf": true, "allOf": true, "anyOf": true, "oneOf": true, "$ref": true,
	"if": true, "then": true, "else": true, "not": true,
}

var unsupported = map[string]bool{
	"contains": true, "minContains": true, "maxContains": true,
	"unevaluatedProperties": true, "unevaluatedItems": true, "$dynamicRef": true, "$recursiveRef": true,
	"$recursiveAnchor": false,
}

// part is one member of a conjunction: a schema object, with the
// disjunctions (anyOf=1, oneOf=2) already distributed masked out.
type part struct {
	o    *Object
	done uint8
}

type compiler struct {
	b      *budget
	auto   *autoCaches // the Index's, or this compilation's own
	opts   *Options
	ix     *schemaIndex
	memo   map[string]*valNode
	nodes  []*valNode
	enums  map[*valNode][]any
	defers []func() error
	synth  map[*Object][]any
	// synthIf: the branches made for an object's if/then/else
	synthIf map[*Object][]any
	// synthDep: the conjuncts made for an object's schema dependencies
	synthDep map[*Object][]any
	// synthNot: the schema a not of a not, anyOf or allOf rewrites to
	// (notRewrite), by the object holding the not
	synthNot map[*Object]any
	// synthGroup: the branches made for a group of if/then/else on one
	// discriminator key (ifGroup), by member objects
	synthGroup map[string][]any
	// noIf: a draft-04/06 schema, where if/then/else are not keywords
	noIf bool
}

func newCompiler(g *Grammar, v *Index, o *Options) *compiler {
	auto := newAutoCaches()
	if v != nil {
		auto = v.auto
	}
	return &compiler{b: newBudget(g.lim), auto: auto, opts: o, ix: newIndex(o.Resources), memo: map[string]*valNode{}, enums: map[*valNode][]any{}}
}

// CompileJSONSchema compiles a JSON Schema (draft 2020-12 or draft-07) for
// the vocabulary (nil: a byte-level grammar, for AcceptBytes only). Pass an
// *Index (NewIndex) to share the vocabulary's preparation and the automaton
// caches between compiles; any other Vocabulary is prepared anew on each
// call (about 100 ms for Qwen2.5's). A
// keyword it cannot enforce exactly is a *CompileError naming the keyword
// and its JSON pointer; exceeding Limits wraps ErrBudget.
func CompileJSONSchema(v Vocabulary, schema []byte, o Options) (g *Grammar, err error) {
	doc, err := ParseJSON(schema)
	if err != nil {
		return nil, fmt.Errorf("grammar: schema: %w", err)
	}
	return CompileSchemaValue(v, doc, o)
}

// CompileSchemaValue is CompileJSONSchema for a schema already parsed with
// ParseJSON.
func CompileSchemaValue(voc Vocabulary, doc any, o Options) (g *Grammar, err error) {
	defer func() {
		if r := recover(); r != nil {
			g, err = nil, fmt.Errorf("grammar: internal error compiling schema: %v", r)
		}
	}()
	v, err := indexOf(voc)
	if err != nil {
		return nil, err
	}
	g = newGrammar(v, &o)
	c := newCompiler(g, v, &o)
	base := defaultBase
	if ob, ok := doc.(*Object); ok {
		if idv, ok := ob.Get("$id"); ok {
			if id, ok := idv.(string); ok && !strings.HasPrefix(id, "#") {
				if u, err := resolveURI(defaultBase, id); err == nil {
					base, _ = splitFragment(u)
				}
			}
		}
	}
	c.ix.draft7 = o.Draft == 7
	if ob, ok := doc.(*Object); ok && o.Draft == 0 {
		if sv, ok := ob.Get("$schema"); ok {
			if s, ok := sv.(string); ok && (strings.Contains(s, "draft-07") || strings.Contains(s, "draft-06") || strings.Contains(s, "draft-04")) {
				c.ix.draft7 = true
			}
			if s, ok := sv.(string); ok && (strings.Contains(s, "draft-06") || strings.Contains(s, "draft-04")) {
				c.noIf = true // if/then/else came with draft-07
			}
		}
	}
	if c.ix.draft7 {
		doc = dropRefSiblings(doc)
	}
	c.ix.add(doc, base)
	switch d := doc.(type) {
	case bool, *Object:
		_ = d
	default:
		return nil, &CompileError{Pointer: "#", Reason: "a schema must be an object or a boolean"}
	}
	root, err := c.compile([]any{doc}, 0)
	if err != nil {
		return nil, c.wrap(err)
	}
	for i := 0; i < len(c.defers); i++ {
		if err := c.defers[i](); err != nil {
			return nil, c.wrap(err)
		}
	}
	if err := c.finish(g, root); err != nil {
		return nil, c.wrap(err)
	}
	g.root = root
	g.start = frame{kind: kRoot}
	g.nodes = len(c.nodes)
	return g, nil
}

func (c *compiler) wrap(err error) error {
	var ce *CompileError
	if errors.As(err, &ce) || errors.Is(err, ErrBudget) {
		return fmt.Errorf("grammar: %w", err)
	}
	return fmt.Errorf("grammar: %w", err)
}

func (c *compiler) ptr(o *Object) string {
	if p, ok := c.ix.ptr[o]; ok {
		return p
	}
	return "#"
}

func (c *compiler) errf(o *Object, kw, format string, a ...any) error {
	ce := &CompileError{Keyword: kw, Pointer: c.ptr(o), Reason: fmt.Sprintf(format, a...)}
	for _, x := range a {
		if err, ok := x.(error); ok {
			ce.Err = err
			break
		}
	}
	return ce
}

// flatten expands a conjunction: $ref and allOf are inlined; true drops;
// false makes it unsatisfiable.
func (c *compiler) flatten(in []any, depth int) (parts []part, unsat bool, err error) {
	// an object appears once, with the disjunctions already distributed
	// for it (even when a $ref brings it in again)
	doneOf := map[*Object]uint8{}
	for _, s := range in {
		if p, ok := s.(part); ok {
			doneOf[p.o] |= p.done
		}
	}
	seen := map[*Object]bool{}
	var add func(s any, d int) error
	add = func(s any, d int) error {
		if d > c.b.lim.SchemaDepth {
			return &CompileError{Pointer: "#", Reason: fmt.Sprintf("schema nesting deeper than %d", c.b.lim.SchemaDepth), Keyword: "$ref"}
		}
		var o *Object
		switch x := s.(type) {
		case bool:
			if !x {
				unsat = true
			}
			return nil
		case part:
			o = x.o
		case *Object:
			o = x
		default:
			return &CompileError{Pointer: "#", Reason: fmt.Sprintf("a subschema must be an object or a boolean, not %T", s)}
		}
		if seen[o] {
			return nil
		}
		seen[o] = true
		parts = append(parts, part{o: o, done: doneOf[o]})
		return c.expand(o, d, func(s any) error { return add(s, d+1) })
	}
	for _, s := range in {
		if err := add(s, depth); err != nil {
			return nil, false, err
		}
	}
	return parts, unsat, nil
}

// expand feeds the schemas an object inlines: its $ref target and allOf.
func (c *compiler) expand(o *Object, d int, add func(any) error) error {
	if r, ok := o.Get("$ref"); ok {
		rs, ok := r.(string)
		if !ok {
			return c.errf(o, "$ref", "must be a string")
		}
		t, err := c.ix.resolve(o, rs)
		if err != nil {
			return c.errf(o, "$ref", "%v", err)
		}
		if err := add(t); err != nil {
			return err
		}
	}
	for _, y := range c.dependencySchemas(o) {
		if err := add(y); err != nil {
			return err
		}
	}
	if nv, ok := o.Get("not"); ok {
		if y, ok := c.notRewrite(o, nv); ok {
			if err := add(y); err != nil {
				return err
			}
		}
	}
	if a, ok := o.Get("allOf"); ok {
		arr, ok := a.([]any)
		if !ok {
			return c.errf(o, "allOf", "must be an array")
		}
		for _, s := range arr {
			if err := add(s); err != nil {
				return err
			}
		}
	}
	return nil
}

func partsKey(ps []part) string {
	ks := make([]string, len(ps))
	for i, p := range ps {
		ks[i] = fmt.Sprintf("%p/%d", p.o, p.done)
	}
	sort.Strings(ks)
	return strings.Join(ks, ",")
}

// compile builds (or finds) the node for a conjunction of schemas.
func (c *compiler) compile(conj []any, depth int) (*valNode, error) {
	if err := c.b.check(); err != nil {
		return nil, err
	}
	parts, unsat, err := c.flatten(conj, depth)
	if err != nil {
		return nil, err
	}
	if unsat {
		return c.newNode(), nil
	}
	key := partsKey(parts)
	if n, ok := c.memo[key]; ok {
		return n, nil
	}
	n := c.newNode()
	if len(c.nodes) > c.b.lim.Nodes {
		return nil, errors.Join(ErrBudget, fmt.Errorf("schema needs more than %d nodes", c.b.lim.Nodes))
	}
	c.memo[key] = n
	if len(parts) > 0 {
		n.ptr = c.ptr(parts[0].o)
	}
	// distribute the first pending disjunction
	for i, p := range parts {
		for _, kw := range []string{"anyOf", "oneOf"} {
			bit := uint8(1)
			if kw == "oneOf" {
				bit = 2
			}
			if p.done&bit != 0 {
				continue
			}
			dv, ok := p.o.Get(kw)
			if !ok {
				continue
			}
			arr, ok := dv.([]any)
			if !ok || len(arr) == 0 {
				return nil, c.errf(p.o, kw, "must be a non-empty array")
			}
			if kw == "oneOf" {
				var err error
				if arr, err = c.oneOfBranches(p.o, arr, parts); err != nil {
					return nil, err
				}
			}
			rest := make([]any, 0, len(parts))
			for j, q := range parts {
				if j == i {
					q.done |= bit
				}
				rest = append(rest, q)
			}
			for _, br := range arr {
				alt, err := c.compile(append(slices.Clone(rest), br), depth+1)
				if err != nil {
					return nil, err
				}
				n.alts = append(n.alts, alt)
			}
			return n, nil
		}
	}
	// then an if/then/else on a discriminator (ifthen.go)
	for i, p := range parts {
		if p.done&4 != 0 {
			continue
		}
		arr, members := c.ifGroup(parts, i)
		if arr == nil {
			var ok bool
			var err error
			if arr, ok, err = c.ifBranches(p.o); err != nil {
				return nil, err
			}
			if !ok {
				continue
			}
			members = []int{i}
		}
		rest := make([]any, 0, len(parts))
		for j, q := range parts {
			if slices.Contains(members, j) {
				q.done |= 4
			}
			rest = append(rest, q)
		}
		for _, br := range arr {
			alt, err := c.compile(append(slices.Clone(rest), br), depth+1)
			if err != nil {
				return nil, err
			}
			n.alts = append(n.alts, alt)
		}
		return n, nil
	}
	if err := c.build(n, parts, depth); err != nil {
		return nil, err
	}
	return n, nil
}

func (c *compiler) newNode() *valNode {
	n := &valNode{}
	c.nodes = append(c.nodes, n)
	return n
}

// Internal type bits for merging (integer apart from number).
const (
	xNull = 1 << iota
	xBool
	xObj
	xArr
	xStr
	xInt
	xNum
	xAll = 1<<7 - 1
)

var typeBits = map[string]int{"null": xNull, "boolean": xBool, "object": xObj, "array": xArr, "string": xStr, "integer": xInt, "number": xInt | xNum}

// build fills node n from a conjunction without pending disjunctions.
func (c *compiler) build(n *valNode, parts []part, depth int) error {
	types := xAll
	var enum []any
	haveEnum := false
	unique := false
	var uniqueObj *Object
	for _, p := range parts {
		o := p.o
		for i, k := range o.Keys {
			v := o.Vals[i]
			if annotations[k] {
				continue
			}
			if unsupported[k] {
				if k == "unevaluatedProperties" || k == "unevaluatedItems" {
					if b, ok := v.(bool); ok && b {
						continue
					}
				}
				return c.errf(o, k, "not supported")
			}
			if !enforced[k] {
				continue
			}
			switch k {
			case "type":
				t := 0
				switch tv := v.(type) {
				case string:
					b, ok := typeBits[tv]
					if !ok {
						return c.errf(o, k, "unknown type %q", tv)
					}
					t = b
				case []any:
					for _, e := range tv {
						s, _ := e.(string)
						b, ok := typeBits[s]
						if !ok {
							return c.errf(o, k, "unknown type %v", e)
						}
						t |= b
					}
				default:
					return c.errf(o, k, "must be a string or an array")
				}
				types &= t
			case "enum", "const":
				var vals []any
				if k == "const" {
					vals = []any{v}
				} else {
					a, ok := v.([]any)
					if !ok {
						return c.errf(o, k, "must be an array")
					}
					vals = a
				}
				if !haveEnum {
					enum = vals
					haveEnum = true
				} else {
					var keep []any
					for _, x := range enum {
						for _, y := range vals {
							if jsonEqual(x, y) {
								keep = append(keep, x)
								break
							}
						}
					}
					enum = keep
				}
			case "not":
				excl, forbid, err := c.notForm(o, v)
				if err != nil {
					return err
				}
				types &^= excl
				_ = forbid // applied by buildObj
			case "if":
				if p.done&4 != 0 || c.noIf {
					continue // distributed by compile
				}
				if err := c.checkIf(o); err != nil {
					return err
				}
			case "uniqueItems":
				if b, ok := v.(bool); ok && b && !c.uniqueTrivial(parts) {
					unique = true
					uniqueObj = o
				}
			case "dependencies", "dependentSchemas":
				// schema dependencies are inlined by expand (dependencySchemas)
				if _, ok := v.(*Object); !ok {
					return c.errf(o, k, "must be an object")
				}
			}
		}
	}
	if types&xNum != 0 {
		types |= xInt
	}
	n.types = 0
	if types&xNull != 0 {
		n.types |= tNull
	}
	if types&xBool != 0 {
		n.types |= tBool
	}
	if types&xObj != 0 {
		n.types |= tObj
		if err := c.buildObj(n, parts, depth); err != nil {
			return err
		}
	}
	if types&xArr != 0 {
		n.types |= tArr
		if err := c.buildArr(n, parts, depth); err != nil {
			return err
		}
		if unique {
			// enforced for items drawn from one enum: each value once
			it := n.arr.items
			if len(n.arr.prefix) > 0 || it == nil || it.alts != nil {
				return c.errf(uniqueObj, "uniqueItems", "only enforced for items that are an enum or const, booleans or null")
			}
			if _, isEnum := c.enums[it]; !isEnum {
				vals, ok := scalarEnum(it)
				if !ok {
					return c.errf(uniqueObj, "uniqueItems", "only enforced for items that are an enum or const, booleans or null")
				}
				// the same values as an enum (the same language): each
				// value is then told apart by its text
				c.enums[it] = vals
			}
			n.arr.unique, n.arr.values = true, -1
		}
	}
	if types&xStr != 0 {
		n.types |= tStr
		if err := c.buildStr(n, parts); err != nil {
			return err
		}
	}
	if types&(xInt|xNum) != 0 {
		n.types |= tNum
		if err := c.buildNum(n, parts, types&xNum == 0); err != nil {
			return err
		}
	}
	if haveEnum {
		c.enums[n] = enum
	}
	return nil
}

// dropRefSiblings copies a draft-04/06/07 schema without the validation
// keywords beside each $ref: there, "all other properties in a $ref object
// MUST be ignored". It walks subschemas as the index does (values of
// enum, const and unknown keywords are data, kept as they are); the
// caller's value is not changed. Other members (definitions, annotations)
// stay, so JSON pointers through them still resolve.
func dropRefSiblings(s any) any {
	o, ok := s.(*Object)
	if !ok {
		return s
	}
	rv, _ := o.Get("$ref")
	_, ref := rv.(string)
	y := &Object{}
	schemas := func(v any) any {
		a, ok := v.([]any)
		if !ok {
			return v
		}
		b := make([]any, len(a))
		for i, e := range a {
			b[i] = dropRefSiblings(e)
		}
		return b
	}
	for i, k := range o.Keys {
		v := o.Vals[i]
		if ref && k != "$ref" && (enforced[k] || unsupported[k]) {
			continue
		}
		switch {
		case in(k, kwSchema):
			v = dropRefSiblings(v)
		case in(k, kwSchemaOr):
			if _, ok := v.([]any); ok {
				v = schemas(v)
			} else {
				v = dropRefSiblings(v)
			}
		case in(k, kwArray):
			v = schemas(v)
		case in(k, kwMap):
			if m, ok := v.(*Object); ok {
				n := &Object{Keys: m.Keys, Vals: make([]any, len(m.Vals))}
				for j, e := range m.Vals {
					n.Vals[j] = dropRefSiblings(e)
				}
				v = n
			}
		}
		y.Keys = append(y.Keys, k)
		y.Vals = append(y.Vals, v)
	}
	return y
}

// scalarEnum lists the values of a node that allows only booleans and
// null (no other type), as an enum of them.
func scalarEnum(n *valNode) ([]any, bool) {
	if n.alts != nil || n.types == 0 || n.types&^(tNull|tBool) != 0 {
		return nil, false
	}
	var vals []any
	if n.types&tBool != 0 {
		vals = append(vals, true, false)
	}
	if n.types&tNull != 0 {
		vals = append(vals, nil)
	}
	return vals, true
}

func jsonEqual(a, b any) bool {
	switch x := a.(type) {
	case Number:
		y, ok := b.(Number)
		if !ok {
			return false
		}
		rx, ok1 := new(big.Rat).SetString(string(x))
		ry, ok2 := new(big.Rat).SetString(string(y))
		return ok1 && ok2 && rx.Cmp(ry) == 0
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !jsonEqual(x[i], y[i]) {
				return false
			}
		}
		return true
	case *Object:
		y, ok := b.(*Object)
		if !ok || len(x.Keys) != len(y.Keys) {
			return false
		}
		for i, k := range x.Keys {
			yv, ok := y.Get(k)
			if !ok || !jsonEqual(x.Vals[i], yv) {
				return false
			}
		}
		return true
	}
	return a == b
}

// kw returns the values of keyword k across the parts, with their objects.
func kwVals(parts []part, k string) (vals []any, objs []*Object) {
	for _, p := range parts {
		if v, ok := p.o.Get(k); ok {
			vals = append(vals, v)
			objs = append(objs, p.o)
		}
	}
	return
}

func (c *compiler) intKW(parts []part, k string, useMax bool) (int, bool, error) {
	vals, objs := kwVals(parts, k)
	res, have := 0, false
	for i, v := range vals {
		num, ok := v.(Number)
		if !ok {
			return 0, false, c.errf(objs[i], k, "must be a number")
		}
		r, ok := new(big.Rat).SetString(string(num))
		if !ok || r.Sign() < 0 {
			return 0, false, c.errf(objs[i], k, "must be a non-negative integer")
		}
		// non-integers: minimum rounds up, maximum down
		f, _ := r.Float64()
		x := int(f)
		if !r.IsInt() && !useMax {
			x++
		}
		if f > 1e9 {
			x = 1e9
		}
		if !have || (useMax && x > res) || (!useMax && x < res) {
			res = x
		}
		have = true
	}
	return res, have, nil
}

func (c *compiler) buildStr(n *valNode, parts []part) error {
	minLen, _, err := c.intKW(parts, "minLength", true)
	if err != nil {
		return err
	}
	maxLen, haveMax, err := c.intKW(parts, "maxLength", false)
	if err != nil {
		return err
	}
	if !haveMax {
		maxLen = -1
	}
	var ds []*dfa
	pats, objs := kwVals(parts, "pattern")
	for i, pv := range pats {
		ps, ok := pv.(string)
		if !ok {
			return c.errf(objs[i], "pattern", "must be a string")
		}
		d, err := c.patternDFA(ps)
		if err != nil {
			return c.errf(objs[i], "pattern", "%v", err)
		}
		ds = append(ds, d)
	}
	// not {pattern}: strings without a match
	for _, p := range parts {
		ps, ok := notPattern(p.o)
		if !ok {
			continue
		}
		d, err := c.patternDFA(ps)
		if err != nil {
			return c.errf(p.o, "not", "pattern: %v", err)
		}
		if d, err = c.auto.complement(d, c.b); err != nil {
			return c.errf(p.o, "not", "pattern: %v", err)
		}
		ds = append(ds, d)
	}
	fmts, objs := kwVals(parts, "format")
	for i, fv := range fmts {
		fs, ok := fv.(string)
		if !ok {
			return c.errf(objs[i], "format", "must be a string")
		}
		d, err := c.auto.formatDFA(fs)
		if err != nil {
			return c.errf(objs[i], "format", "%v", err)
		}
		if d != nil {
			ds = append(ds, d)
		}
	}
	counted := minLen > 0 || maxLen >= 0
	var sd *dfa
	if len(ds) == 0 {
		if counted {
			sd = countedStringDFA
		} else {
			sd = genericStringDFA
		}
	} else {
		content, err := c.auto.intersect(ds, c.b)
		if err != nil {
			return err
		}
		if counted {
			exact, err := c.lengthBound(content, minLen, maxLen)
			if err != nil {
				return err
			}
			if exact != nil {
				content, minLen, maxLen = exact, 0, -1
			}
		}
		sd, err = c.auto.stringDFA(content, false, c.b)
		if err != nil {
			return err
		}
	}
	n.str = &strSpec{d: sd, minLen: minLen, maxLen: maxLen}
	return nil
}

// Exact lengths: a pattern's or format's automaton is intersected with
// the lengths' when the bound is at most maxExactLength characters and the
// product has at most maxLengthProduct states. It replaces the counted
// string when it adds at most maxLengthStates reachable states to the
// pattern's (each state a string reaches costs a mask table on first use,
// about a millisecond for a broad character class with Qwen2.5's
// vocabulary, and "^[a-z ]+$" with a maxLength of 200 would reach one per
// character: 1.6 ms per mask against 17 µs counted), or when it is empty
// (the schema's string then has no value). A cyclic pattern with a bound
// above maxLengthStates is not tried.
const (
	maxExactLength   = 256
	maxLengthProduct = 1 << 14
	maxLengthStates  = 64
)

// lengthKey keys the automaton of the texts of min to max characters in
// the pattern cache (a type of its own: it never meets a pattern's key).
type lengthKey struct{ min, max int }

// lengthBound returns content (a pattern's or format's automaton) limited
// to texts of minLen to maxLen characters (maxLen −1: no upper bound), or
// nil when that automaton would be too large (see maxLengthStates); the
// string is then counted character by character instead, and the matcher
// keeps it within its bounds with the pattern's fewest and most characters
// still to come (stepLex, closeMask). In the product
// every state can still reach an allowed end, so decoding never writes a
// prefix that no allowed length can finish: counting alone lets "^ab$" with
// a minLength of 5 start "ab…", or a date with a maxLength of 3 start
// "2024", and then offers no next token. A product with no text at all
// leaves the string unsatisfiable (the node's sat), which the compiler
// prunes like any other contradiction.
func (c *compiler) lengthBound(content *dfa, minLen, maxLen int) (*dfa, error) {
	bound := maxLen
	if bound < 0 {
		bound = minLen
	}
	if bound > maxExactLength || (maxLen >= 0 && minLen > maxLen) {
		return nil, nil
	}
	if bound > maxLengthStates && content.cyclic() {
		// the product would take a state per character: counted, the
		// string still never runs past maxLen (stepLex, closeMask), and a
		// cycle reaches any minLen
		return nil, nil
	}
	lengths, err := c.auto.pattern.get(lengthKey{minLen, maxLen}, c.b, func() (*dfa, error) {
		p := fmt.Sprintf(`^[\s\S]{%d,}$`, minLen)
		if maxLen >= 0 {
			p = fmt.Sprintf(`^[\s\S]{%d,%d}$`, minLen, maxLen)
		}
		re, err := parseRegex(p, false)
		if err != nil {
			return nil, err
		}
		return regexToDFA(re, false, true, c.b)
	})
	if err != nil {
		return nil, err
	}
	// The product is tried with at most maxLengthProduct states; one that
	// needs more leaves the string counted, and its attempt is not charged.
	try := *c.b
	try.dfaStates = min(try.dfaStates, maxLengthProduct)
	d, err := c.auto.intersect([]*dfa{content, lengths}, &try)
	if err != nil {
		if errors.Is(err, ErrBudget) && !errors.Is(err, errTime) {
			return nil, nil
		}
		return nil, err
	}
	c.b.work, c.b.ticks = try.work, try.ticks
	if d.liveState(0) && d.reachable() > content.reachable()+maxLengthStates {
		return nil, nil
	}
	return d, nil
}

func (c *compiler) patternDFA(p string) (*dfa, error) {
	return c.auto.pattern.get(p, c.b, func() (*dfa, error) {
		re, err := parseRegex(p, true)
		if err != nil {
			return nil, err
		}
		return regexToDFA(re, true, true, c.b)
	})
}

func (c *compiler) buildNum(n *valNode, parts []part, integer bool) error {
	ns := &numSpec{integer: integer}
	rat := func(o *Object, k string, v any) (*big.Rat, error) {
		num, ok := v.(Number)
		if !ok {
			return nil, c.errf(o, k, "must be a number")
		}
		r, ok := new(big.Rat).SetString(string(num))
		if !ok {
			return nil, c.errf(o, k, "bad number")
		}
		return r, nil
	}
	setLo := func(r *big.Rat, excl bool) {
		if ns.lo == nil || r.Cmp(ns.lo) > 0 || (r.Cmp(ns.lo) == 0 && excl) {
			ns.lo, ns.loExcl = r, excl
		}
	}
	setHi := func(r *big.Rat, excl bool) {
		if ns.hi == nil || r.Cmp(ns.hi) < 0 || (r.Cmp(ns.hi) == 0 && excl) {
			ns.hi, ns.hiExcl = r, excl
		}
	}
	for _, p := range parts {
		o := p.o
		exMin, _ := o.Get("exclusiveMinimum")
		exMax, _ := o.Get("exclusiveMaximum")
		for i, k := range o.Keys {
			v := o.Vals[i]
			switch k {
			case "minimum", "maximum":
				r, err := rat(o, k, v)
				if err != nil {
					return err
				}
				if k == "minimum" {
					b, _ := exMin.(bool)
					setLo(r, b)
				} else {
					b, _ := exMax.(bool)
					setHi(r, b)
				}
			case "exclusiveMinimum", "exclusiveMaximum":
				if _, ok := v.(bool); ok {
					continue // draft 4 form, applied with minimum/maximum
				}
				r, err := rat(o, k, v)
				if err != nil {
					return err
				}
				if k == "exclusiveMinimum" {
					setLo(r, true)
				} else {
					setHi(r, true)
				}
			case "multipleOf":
				r, err := rat(o, k, v)
				if err != nil {
					return err
				}
				if r.Sign() <= 0 {
					return c.errf(o, k, "must be positive")
				}
				if ns.mult == nil {
					ns.mult = r
				} else {
					ns.mult = ratLCM(ns.mult, r)
				}
			}
		}
	}
	switch {
	case ns.mult != nil && integer:
		ns.step = ratLCM(ns.mult, ratOne)
	case ns.mult != nil:
		ns.step = ns.mult
	case integer:
		ns.step = ratOne
	}
	ns.prepareInt()
	n.num = ns
	return nil
}

// member is one part's view of an object: its properties, patterns and
// additionalProperties.
type member struct {
	o       *Object
	props   *Object
	pats    []int // indices into objSpec patterns
	addl    any   // nil when absent
	hasAddl bool
}

type patEntry struct {
	d      *dfa
	schema any
	member int
}

func (c *compiler) buildObj(n *valNode, parts []part, depth int) error {
	os := &objSpec{maxProps: -1, anyOrder: c.opts.AnyOrder}
	var members []member
	var pats []patEntry
	var names []string
	nameIdx := map[string]int{}
	addName := func(k string) int {
		if i, ok := nameIdx[k]; ok {
			return i
		}
		nameIdx[k] = len(names)
		names = append(names, k)
		return len(names) - 1
	}
	var propNameDFAs []*dfa
	forbidden := map[string]bool{}
	for _, p := range parts {
		o := p.o
		m := member{o: o}
		touches := false
		if pv, ok := o.Get("properties"); ok {
			po, ok := pv.(*Object)
			if !ok {
				return c.errf(o, "properties", "must be an object")
			}
			m.props = po
			for _, k := range po.Keys {
				addName(k)
			}
			touches = true
		}
		if pv, ok := o.Get("patternProperties"); ok {
			po, ok := pv.(*Object)
			if !ok {
				return c.errf(o, "patternProperties", "must be an object")
			}
			for i, k := range po.Keys {
				d, err := c.patternDFA(k)
				if err != nil {
					return c.errf(o, "patternProperties", "%v", err)
				}
				m.pats = append(m.pats, len(pats))
				pats = append(pats, patEntry{d: d, schema: po.Vals[i], member: len(members)})
			}
			touches = true
		}
		if av, ok := o.Get("additionalProperties"); ok {
			m.addl = av
			m.hasAddl = true
			touches = true
		}
		if touches {
			members = append(members, m)
		}
		if rv, ok := o.Get("required"); ok {
			ra, ok := rv.([]any)
			if !ok {
				return c.errf(o, "required", "must be an array")
			}
			for _, r := range ra {
				s, ok := r.(string)
				if !ok {
					return c.errf(o, "required", "must hold strings")
				}
				os.required = append(os.required, addName(s))
			}
		}
		for _, dk := range []string{"dependentRequired", "dependencies"} {
			dv, ok := o.Get(dk)
			if !ok {
				continue
			}
			dm, ok := dv.(*Object)
			if !ok {
				return c.errf(o, dk, "must be an object")
			}
			for j, k := range dm.Keys {
				arr, ok := dm.Vals[j].([]any)
				if !ok {
					continue // boolean true dependency
				}
				i := addName(k)
				for _, r := range arr {
					s, ok := r.(string)
					if !ok {
						return c.errf(o, dk, "must hold strings")
					}
					d := addName(s)
					for len(os.depReq) <= i {
						os.depReq = append(os.depReq, nil)
					}
					os.depReq[i] = append(os.depReq[i], d)
				}
			}
		}
		if nv, ok := o.Get("not"); ok {
			if _, k, err := c.notForm(o, nv); err == nil && k != "" {
				addName(k)
				forbidden[k] = true
			}
		}
		if pv, ok := o.Get("propertyNames"); ok {
			d, err := c.propertyNamesDFA(o, pv)
			if err != nil {
				return err
			}
			if d != nil {
				propNameDFAs = append(propNameDFAs, d)
			}
		}
	}
	if v, have, err := c.intKW(parts, "minProperties", true); err != nil {
		return err
	} else if have {
		os.minProps = v
	}
	if v, have, err := c.intKW(parts, "maxProperties", false); err != nil {
		return err
	} else if have {
		os.maxProps = v
	}
	os.required = uniqInts(os.required)
	// value of a key: the conjunction over members
	valueFor := func(key string, patBits uint64, declared bool) []any {
		var conj []any
		for mi, m := range members {
			if declared && m.props != nil {
				if v, ok := m.props.Get(key); ok {
					conj = append(conj, v)
					// patterns of the same member apply as well
				}
			}
			matched := false
			for _, pi := range m.pats {
				hit := false
				if declared {
					hit = pats[pi].d.matches([]byte(key))
				} else {
					hit = patBits&(1<<pi) != 0
				}
				if hit {
					conj = append(conj, pats[pi].schema)
					matched = true
				}
			}
			inProps := false
			if declared && m.props != nil {
				_, inProps = m.props.Get(key)
			}
			if !matched && !inProps && m.hasAddl {
				conj = append(conj, m.addl)
			}
			_ = mi
		}
		return conj
	}
	for _, k := range names {
		os.props = append(os.props, propSpec{name: k})
	}
	for i, k := range names {
		conj := valueFor(k, 0, true)
		if forbidden[k] {
			conj = append(conj, false)
		}
		v, err := c.compile(conj, depth+1)
		if err != nil {
			return err
		}
		os.props[i].val = v
	}
	// undeclared keys: allowed unless some member's additionalProperties is false
	open := true
	for _, m := range members {
		if b, ok := m.addl.(bool); ok && !b && m.hasAddl {
			open = false
		}
	}
	var err error
	os.keyDFA, err = c.keyDFA(names, pats, open, propNameDFAs, parts)
	if err != nil {
		return err
	}
	os.keyVal = make([]*valNode, os.keyDFA.nstates())
	for s := 0; s < os.keyDFA.nstates(); s++ {
		if !os.keyDFA.closed[s] || os.keyDFA.name[s] >= 0 {
			continue
		}
		pb := os.keyDFA.pats[s]
		if pb == 0 && !open {
			continue
		}
		v, err := c.compile(valueFor("", pb, false), depth+1)
		if err != nil {
			return err
		}
		os.keyVal[s] = v
	}
	os.open = open || len(pats) > 0
	os.simpleOpen = open && len(propNameDFAs) == 0
	os.track = os.minProps > 0 && os.open
	os.nbytes = (len(os.props) + 7) / 8
	if os.nbytes == 0 {
		os.nbytes = 1
	}
	n.obj = os
	return nil
}

// keyDFA builds the automaton of an object's keys (the JSON text after the
// opening quote): the declared names, the patterns, any string when open,
// all intersected with the propertyNames automata. Objects with the same
// names, patterns, openness and propertyNames share one automaton (and so
// its mask caches); what differs between them (the value schemas) is kept
// in their objSpec.
func (c *compiler) keyDFA(names []string, pats []patEntry, open bool, propNameDFAs []*dfa, parts []part) (*dfa, error) {
	key := make([]byte, 0, 64)
	key = binary.AppendUvarint(key, uint64(len(names)))
	for _, k := range names {
		key = binary.AppendUvarint(key, uint64(len(k)))
		key = append(key, k...)
	}
	key = binary.AppendUvarint(key, uint64(len(pats)))
	for _, pe := range pats {
		key = binary.AppendUvarint(key, pe.d.id)
	}
	if open {
		key = append(key, 1)
	} else {
		key = append(key, 0)
	}
	for _, d := range propNameDFAs {
		key = binary.AppendUvarint(key, d.id)
	}
	d, err := c.auto.key.get(keyAutoKey(key), c.b, func() (*dfa, error) {
		return c.buildKeyDFA(names, pats, open, propNameDFAs, parts)
	})
	if err != nil {
		return nil, err
	}
	if d.nstates() > c.b.dfaStates {
		return nil, fmt.Errorf("%w: key automaton needs more than %d states", ErrBudget, c.b.dfaStates)
	}
	return d, nil
}

func (c *compiler) buildKeyDFA(names []string, pats []patEntry, open bool, propNameDFAs []*dfa, parts []part) (*dfa, error) {
	// key automaton: names trie, patterns, universal (when open), propertyNames
	words := make([][]byte, len(names))
	for i, k := range names {
		words[i] = []byte(k)
	}
	trie, err := literalDFA(words, c.b)
	if err != nil {
		return nil, err
	}
	comps := []*dfa{trie}
	for _, pe := range pats {
		comps = append(comps, pe.d)
	}
	np := len(pats)
	if open {
		comps = append(comps, universalDFA)
	}
	pnStart := len(comps)
	comps = append(comps, propNameDFAs...)
	if len(comps) > 60 {
		return nil, c.errf(parts[0].o, "patternProperties", "too many patterns")
	}
	var content *dfa
	switch {
	case len(comps) == 1:
		// declared names only: the product would copy the trie
		content = trie
	case len(comps) == 2 && open && np == 0:
		// declared names or any other key (nil: a name is not UTF-8)
		content = openTrie(trie, universalDFA)
	}
	if content == nil {
		keyMask := uint64(1)<<pnStart - 1
		pnMask := (uint64(1)<<len(comps) - 1) &^ keyMask
		content, err = productDFA(comps, func(a uint64) bool {
			return a&keyMask != 0 && a&pnMask == pnMask
		}, true, 1, c.b)
		if err != nil {
			return nil, err
		}
	}
	for i := range content.pats {
		content.pats[i] &= (1 << np) - 1
	}
	return stringDFA(content, false, c.b)
}

func uniqInts(a []int) []int {
	slices.Sort(a)
	return slices.Compact(a)
}

// propertyNamesDFA turns a propertyNames schema into a content automaton.
func (c *compiler) propertyNamesDFA(o *Object, pv any) (*dfa, error) {
	parts, unsat, err := c.flatten([]any{pv}, 0)
	if err != nil {
		return nil, err
	}
	if unsat {
		return literalDFA(nil, c.b)
	}
	var ds []*dfa
	for _, p := range parts {
		for i, k := range p.o.Keys {
			v := p.o.Vals[i]
			switch {
			case annotations[k] || k == "$ref" || k == "allOf":
			case k == "type":
				if s, ok := v.(string); !ok || s != "string" {
					return nil, c.errf(o, "propertyNames", "only string schemas are supported")
				}
			case k == "pattern":
				s, _ := v.(string)
				d, err := c.patternDFA(s)
				if err != nil {
					return nil, c.errf(o, "propertyNames", "%v", err)
				}
				ds = append(ds, d)
			case k == "format":
				s, _ := v.(string)
				d, err := c.auto.formatDFA(s)
				if err != nil {
					return nil, c.errf(o, "propertyNames", "%v", err)
				}
				if d != nil {
					ds = append(ds, d)
				}
			case k == "minLength" || k == "maxLength":
				num, _ := v.(Number)
				r, ok := new(big.Rat).SetString(string(num))
				if !ok || !r.IsInt() || r.Sign() < 0 || r.Cmp(big.NewRat(1000, 1)) > 0 {
					return nil, c.errf(o, "propertyNames", "bad %s", k)
				}
				pat := fmt.Sprintf(`^[\s\S]{%s,}$`, r.RatString())
				if k == "maxLength" {
					pat = fmt.Sprintf(`^[\s\S]{0,%s}$`, r.RatString())
				}
				re, err := parseRegex(pat, false)
				if err != nil {
					return nil, err
				}
				d, err := regexToDFA(re, false, true, c.b)
				if err != nil {
					return nil, c.errf(o, "propertyNames", "%v", err)
				}
				ds = append(ds, d)
			case k == "enum" || k == "const":
				vals := []any{v}
				if k == "enum" {
					vals, _ = v.([]any)
				}
				var words [][]byte
				for _, x := range vals {
					if s, ok := x.(string); ok {
						words = append(words, []byte(s))
					}
				}
				d, err := literalDFA(words, c.b)
				if err != nil {
					return nil, err
				}
				ds = append(ds, d)
			case !enforced[k] && !unsupported[k]:
			default:
				return nil, c.errf(o, "propertyNames", "keyword %q inside propertyNames is not supported", k)
			}
		}
	}
	if len(ds) == 0 {
		return nil, nil
	}
	return intersectDFA(ds, c.b)
}

func (c *compiler) buildArr(n *valNode, parts []part, depth int) error {
	as := &arrSpec{maxItems: -1}
	type amem struct {
		prefix  []any
		rest    any
		hasRest bool
	}
	var mems []amem
	plen := 0
	for _, p := range parts {
		o := p.o
		var m amem
		touches := false
		if iv, ok := o.Get("items"); ok {
			touches = true
			if arr, ok := iv.([]any); ok {
				m.prefix = arr
				if av, ok := o.Get("additionalItems"); ok {
					m.rest, m.hasRest = av, true
				}
			} else {
				m.rest, m.hasRest = iv, true
			}
		}
		if pv, ok := o.Get("prefixItems"); ok {
			arr, ok := pv.([]any)
			if !ok {
				return c.errf(o, "prefixItems", "must be an array")
			}
			m.prefix = arr
			touches = true
		}
		if touches {
			mems = append(mems, m)
			if len(m.prefix) > plen {
				plen = len(m.prefix)
			}
		}
	}
	for i := 0; i < plen; i++ {
		var conj []any
		for _, m := range mems {
			if i < len(m.prefix) {
				conj = append(conj, m.prefix[i])
			} else if m.hasRest {
				conj = append(conj, m.rest)
			}
		}
		v, err := c.compile(conj, depth+1)
		if err != nil {
			return err
		}
		as.prefix = append(as.prefix, v)
	}
	var conj []any
	for _, m := range mems {
		if m.hasRest {
			conj = append(conj, m.rest)
		}
	}
	v, err := c.compile(conj, depth+1)
	if err != nil {
		return err
	}
	as.items = v
	if x, have, err := c.intKW(parts, "minItems", true); err != nil {
		return err
	} else if have {
		as.minItems = x
	}
	if x, have, err := c.intKW(parts, "maxItems", false); err != nil {
		return err
	} else if have {
		as.maxItems = x
	}
	n.arr = as
	return nil
}

// uniqueTrivial: uniqueItems holds by construction when at most one item fits.
func (c *compiler) uniqueTrivial(parts []part) bool {
	mx, have, err := c.intKW(parts, "maxItems", false)
	return err == nil && have && mx <= 1
}

// notForm reads the `not` forms the compiler enforces exactly: a schema
// that accepts everything (so nothing is valid), {"type": ...} (those types
// are excluded) and {"required": [k]} (only objects, without k). It
// returns the excluded type bits and the forbidden property.
func (c *compiler) notForm(o *Object, v any) (int, string, error) {
	if b, ok := v.(bool); ok {
		if b {
			return xAll, "", nil
		}
		return 0, "", nil
	}
	no, ok := v.(*Object)
	if !ok {
		return 0, "", c.errf(o, "not", "must be a schema")
	}
	var kws []string
	for _, k := range no.Keys {
		if !annotations[k] && (enforced[k] || unsupported[k]) {
			kws = append(kws, k)
		}
	}
	if _, ok := c.notRewrite(o, v); ok && len(kws) > 0 {
		return 0, "", nil // inlined by expand
	}
	switch {
	case len(kws) == 0:
		return xAll, "", nil
	case len(kws) == 1 && kws[0] == "pattern":
		if _, ok := no.Vals[slices.Index(no.Keys, "pattern")].(string); ok {
			// every non-string satisfies a pattern; strings are left to
			// buildStr (notPattern)
			return xAll &^ xStr, "", nil
		}
	case len(kws) == 1 && kws[0] == "type":
		tv, _ := no.Get("type")
		t := typesOf(tv)
		if t&xInt != 0 && t&xNum == 0 {
			// "not an integer" keeps numbers with a fraction only
			return 0, "", c.errf(o, "not", "not {\"type\": \"integer\"} is not supported")
		}
		return t, "", nil
	case len(kws) == 1 && kws[0] == "required":
		rv, _ := no.Get("required")
		ra, _ := rv.([]any)
		if len(ra) == 1 {
			if k, ok := ra[0].(string); ok {
				// every non-object satisfies {"required": [k]}
				return xAll &^ xObj, k, nil
			}
		}
	}
	return 0, "", c.errf(o, "not", "only not {}, not {type} and not {required: [one]} are supported")
}

// dependencySchemas returns, for each schema dependency of o
// (dependentSchemas, or dependencies with a schema value), a conjunct
// equal to it: a non-object, or an object without the property, or one
// with it that satisfies the schema. Made once per object.
func (c *compiler) dependencySchemas(o *Object) []any {
	if out, ok := c.synthDep[o]; ok {
		return out
	}
	var out []any
	for _, dk := range []string{"dependentSchemas", "dependencies"} {
		dv, _ := o.Get(dk)
		dm, ok := dv.(*Object)
		if !ok {
			continue
		}
		for j, k := range dm.Keys {
			var sv any
			switch x := dm.Vals[j].(type) {
			case *Object:
				sv = x
			case bool:
				if x {
					continue
				}
				sv = false
			default:
				continue // property dependencies (buildObj)
			}
			synth := func(keys []string, vals ...any) *Object {
				so := &Object{Keys: keys, Vals: vals}
				c.ix.ptr[so] = c.ptr(o)
				return so
			}
			out = append(out, synth([]string{"anyOf"}, []any{
				synth([]string{"type"}, nonObjectTypes()),
				synth([]string{"type", "properties"}, "object", synth([]string{k}, false)),
				synth([]string{"type", "required", "allOf"}, "object", []any{k}, []any{sv}),
			}))
		}
	}
	if c.synthDep == nil {
		c.synthDep = map[*Object][]any{}
	}
	c.synthDep[o] = out
	return out
}

// notPattern returns P when o says "not": {"pattern": P} (annotations
// aside).
func notPattern(o *Object) (string, bool) {
	nv, _ := o.Get("not")
	no, ok := nv.(*Object)
	if !ok {
		return "", false
	}
	p := ""
	have := false
	for i, k := range no.Keys {
		if annotations[k] || !(enforced[k] || unsupported[k]) {
			continue
		}
		s, ok := no.Vals[i].(string)
		if k != "pattern" || !ok || have {
			return "", false
		}
		p, have = s, true
	}
	return p, have
}

// notRewrite returns the schema that o's "not": v equals when v is a
// not, an anyOf, an allOf or an enum or const of strings alone
// (annotations aside): not not Y is Y, not anyOf [A, B] is
// allOf [not A, not B], not allOf [A, B] is anyOf [not A, not B], and
// not enum [strings] is a non-string or a string unlike each. expand inlines it; the nots it makes are compiled
// like any other (unsupported forms stay errors).
func (c *compiler) notRewrite(o *Object, v any) (any, bool) {
	no, ok := v.(*Object)
	if !ok {
		return nil, false
	}
	var kws []string
	for _, k := range no.Keys {
		if !annotations[k] && (enforced[k] || unsupported[k]) {
			kws = append(kws, k)
		}
	}
	if len(kws) == 0 || !c.canNegate(no) {
		return nil, false
	}
	kw := kws[0]
	x, _ := no.Get(kw)
	if len(kws) == 1 && (kw == "type" || kw == "pattern" || kw == "required" && len(x.([]any)) == 1) {
		return nil, false // notForm's own forms
	}
	target, isRef := c.refOnly(no)
	if y, ok := c.synthNot[o]; ok {
		return y, true
	}
	synth := func(keys []string, vals ...any) *Object {
		so := &Object{Keys: keys, Vals: vals}
		c.ix.ptr[so] = c.ptr(o)
		return so
	}
	not := func(keys []string, vals ...any) any { return synth([]string{"not"}, synth(keys, vals...)) }
	var y any
	switch {
	case isRef:
		y = synth([]string{"not"}, target)
	case len(kws) > 1:
		// a conjunction of independent keywords: one of them fails
		var alts []any
		for _, k := range kws {
			kv, _ := no.Get(k)
			alts = append(alts, not([]string{k}, kv))
		}
		y = synth([]string{"anyOf"}, alts)
	case kw == "not":
		y = x
	case kw == "enum" || kw == "const":
		// strings only (canNegate): a non-string, or a string unlike each
		vals := []any{x}
		if kw == "enum" {
			vals, _ = x.([]any)
		}
		strs := make([]string, len(vals))
		for i, v := range vals {
			strs[i] = v.(string)
		}
		y = c.notValues(o, strs)
	case kw == "required":
		// several names: one of them is missing
		var alts []any
		for _, r := range x.([]any) {
			alts = append(alts, not([]string{"required"}, []any{r}))
		}
		y = synth([]string{"anyOf"}, alts)
	case kw == "properties":
		// an object with some listed property failing its schema
		po := x.(*Object)
		var alts []any
		for i, k := range po.Keys {
			alts = append(alts, synth([]string{"type", "required", "properties"}, "object", []any{k},
				synth([]string{k}, synth([]string{"not"}, po.Vals[i]))))
		}
		y = synth([]string{"anyOf"}, alts)
	default: // anyOf, allOf: the dual of the nots
		arr := x.([]any)
		nots := make([]any, len(arr))
		for i, a := range arr {
			nots[i] = synth([]string{"not"}, a)
		}
		dual := map[string]string{"anyOf": "allOf", "allOf": "anyOf"}[kw]
		y = synth([]string{dual}, nots)
	}
	if c.synthNot == nil {
		c.synthNot = map[*Object]any{}
	}
	c.synthNot[o] = y
	return y, true
}

// refOnly returns the target of an object whose only keyword is $ref
// (annotations aside).
func (c *compiler) refOnly(o *Object) (any, bool) {
	ref := ""
	for i, k := range o.Keys {
		if annotations[k] || !(enforced[k] || unsupported[k]) {
			continue
		}
		r, ok := o.Vals[i].(string)
		if k != "$ref" || !ok {
			return nil, false
		}
		ref = r
	}
	if ref == "" {
		return nil, false
	}
	t, err := c.ix.resolve(o, ref)
	return t, err == nil
}

// canNegate reports whether "not" of schema v is enforced: v is a boolean,
// a $ref alone to such a schema, or an object whose keywords are type (not integer alone), pattern, required,
// properties (of such schemas), enum or const of strings, not, and anyOf
// or allOf (of such schemas), each of them independent of the others.
func (c *compiler) canNegate(v any) bool { return c.canNegateIn(v, 0) }

func (c *compiler) canNegateIn(v any, depth int) bool {
	if _, ok := v.(bool); ok {
		return true
	}
	o, ok := v.(*Object)
	if !ok || depth > 16 {
		return false
	}
	if t, ok := c.refOnly(o); ok {
		return c.canNegateIn(t, depth+1)
	}
	for i, k := range o.Keys {
		x := o.Vals[i]
		if annotations[k] || !(enforced[k] || unsupported[k]) {
			continue
		}
		switch k {
		case "type":
			if t := typesOf(x); t&xInt != 0 && t&xNum == 0 {
				return false
			}
		case "required":
			ra, ok := x.([]any)
			if !ok || len(ra) == 0 {
				return false
			}
			for _, r := range ra {
				if _, ok := r.(string); !ok {
					return false
				}
			}
		case "properties":
			po, ok := x.(*Object)
			if !ok || len(po.Keys) == 0 {
				return false
			}
			for _, pv := range po.Vals {
				if !c.canNegateIn(pv, depth+1) {
					return false
				}
			}
		case "enum", "const":
			vals := []any{x}
			if k == "enum" {
				vals, _ = x.([]any)
			}
			if len(vals) == 0 {
				return false
			}
			for _, e := range vals {
				if _, ok := e.(string); !ok {
					return false
				}
			}
		case "not":
		case "pattern":
			if _, ok := x.(string); !ok {
				return false
			}
		case "anyOf", "allOf":
			arr, ok := x.([]any)
			if !ok || len(arr) == 0 {
				return false
			}
			for _, a := range arr {
				if !c.canNegateIn(a, depth+1) {
					return false
				}
			}
		default:
			return false
		}
	}
	return true
}

func (c *compiler) checkIf(o *Object) error {
	_, hasThen := o.Get("then")
	_, hasElse := o.Get("else")
	if !hasThen && !hasElse {
		return nil // if alone has no effect
	}
	return c.errf(o, "if", "if/then/else is not supported")
}

var objectOnly = &Object{Keys: []string{"type"}, Vals: []any{"object"}}

// oneOfBranches returns branches equivalent to the oneOf as an anyOf: the
// branches themselves when they are provably disjoint (given the types the
// sibling keywords allow); restricted to objects when they are disjoint as
// objects and say nothing about other values (which then match every
// branch, so none is valid); or, for branches that only require one
// property each, each branch forbidding the others' properties. Otherwise
// the oneOf is an error.
func (c *compiler) oneOfBranches(o *Object, branches []any, parts []part) ([]any, error) {
	ctx := xAll
	for _, p := range parts {
		if tv, ok := p.o.Get("type"); ok {
			ctx &= typesOf(tv)
		}
	}
	sums := make([]*summary, len(branches))
	for i, b := range branches {
		s, err := c.summarize(b)
		if err != nil {
			return nil, err
		}
		s.types &= ctx
		sums[i] = s
	}
	disjoint := func(onlyObj bool) (int, int, bool) {
		for i := range sums {
			for j := i + 1; j < len(sums); j++ {
				a, b := *sums[i], *sums[j]
				if onlyObj {
					a.types &= xObj
					b.types &= xObj
				}
				if !a.disjoint(&b) {
					return i, j, false
				}
			}
		}
		return 0, 0, true
	}
	i, j, ok := disjoint(false)
	if ok {
		return branches, nil
	}
	objKW := true
	for _, b := range branches {
		if !c.onlyObjectKeywords(b) {
			objKW = false
		}
	}
	if objKW {
		if _, _, ok := disjoint(true); ok {
			out := make([]any, len(branches))
			for k, b := range branches {
				out[k] = &Object{Keys: []string{"allOf"}, Vals: []any{[]any{b, objectOnly}}}
				c.ix.ptr[out[k].(*Object)] = c.ptr(o)
			}
			return c.stable(o, out), nil
		}
		// branches that each require one property: exactly one present
		var names []string
		for _, b := range branches {
			bo, _ := b.(*Object)
			if bo == nil || len(bo.Keys) != 1 || bo.Keys[0] != "required" {
				names = nil
				break
			}
			ra, _ := bo.Vals[0].([]any)
			if len(ra) != 1 {
				names = nil
				break
			}
			n, _ := ra[0].(string)
			names = append(names, n)
		}
		dup := map[string]bool{}
		for _, n := range names {
			if dup[n] {
				names = nil
				break
			}
			dup[n] = true
		}
		if len(names) == len(branches) && len(names) > 0 {
			out := make([]any, len(branches))
			for k := range branches {
				forbid := &Object{}
				for l, n := range names {
					if l != k && n != names[k] {
						forbid.Keys = append(forbid.Keys, n)
						forbid.Vals = append(forbid.Vals, false)
					}
				}
				ob := &Object{Keys: []string{"type", "required", "properties"}, Vals: []any{"object", []any{names[k]}, forbid}}
				c.ix.ptr[ob] = c.ptr(o)
				out[k] = ob
			}
			return c.stable(o, out), nil
		}
	}
	// branches whose negation is enforced: each branch and no other
	if !slices.ContainsFunc(branches, func(b any) bool { return !c.canNegate(b) }) {
		out := make([]any, len(branches))
		for k, b := range branches {
			conj := []any{b}
			for l, bl := range branches {
				if l != k {
					n := &Object{Keys: []string{"not"}, Vals: []any{bl}}
					c.ix.ptr[n] = c.ptr(o)
					conj = append(conj, n)
				}
			}
			ob := &Object{Keys: []string{"allOf"}, Vals: []any{conj}}
			c.ix.ptr[ob] = c.ptr(o)
			out[k] = ob
		}
		return c.stable(o, out), nil
	}
	return nil, c.errf(o, "oneOf", "branches %d and %d are not provably disjoint", i, j)
}

// stable returns the synthetic branches made for object o the first time,
// so that compiling o again meets the same schemas (recursion stays finite).
func (c *compiler) stable(o *Object, out []any) []any {
	if c.synth == nil {
		c.synth = map[*Object][]any{}
	}
	if old, ok := c.synth[o]; ok {
		return old
	}
	c.synth[o] = out
	return out
}

func typesOf(tv any) int {
	t := 0
	switch x := tv.(type) {
	case string:
		t = typeBits[x]
	case []any:
		for _, e := range x {
			if s, ok := e.(string); ok {
				t |= typeBits[s]
			}
		}
	}
	if t&xNum != 0 {
		t |= xInt
	}
	return t
}

var objectKeywords = map[string]bool{
	"properties": true, "required": true, "additionalProperties": true, "patternProperties": true,
	"minProperties": true, "maxProperties": true, "dependentRequired": true, "propertyNames": true,
	"dependencies": true,
}

// onlyObjectKeywords reports whether a schema constrains objects only (or
// is itself restricted to objects).
func (c *compiler) onlyObjectKeywords(b any) bool {
	parts, unsat, err := c.flatten([]any{b}, 0)
	if err != nil || unsat {
		return false
	}
	for _, p := range parts {
		for i, k := range p.o.Keys {
			switch {
			case annotations[k] || k == "$ref" || k == "allOf" || objectKeywords[k]:
			case k == "type":
				if typesOf(p.o.Vals[i]) != xObj {
					return false
				}
			case !enforced[k] && !unsupported[k]:
			default:
				return false
			}
		}
	}
	return true
}
