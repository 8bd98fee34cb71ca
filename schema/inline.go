package schema

import (
	"sort"
	"strings"

	"github.com/invopop/jsonschema"
)

const defsPrefix = "#/$defs/"

// selfContained writes every non-recursive "$ref" in place, keeps only the
// recursive definitions in "$defs", and renames those to their short Go names
// where no two share one. short maps a qualified definition name to its Go
// type name.
func selfContained(root *jsonschema.Schema, short map[string]string) *jsonschema.Schema {
	defs := root.Definitions
	recursive := recursiveDefs(defs)
	names := map[string]string{} // qualified → final name, recursive ones only
	count := map[string]int{}
	for q := range recursive {
		count[short[q]]++
	}
	for q := range recursive {
		if s := short[q]; s != "" && count[s] == 1 {
			names[q] = s
		} else {
			names[q] = q
		}
	}
	var expand func(s *jsonschema.Schema) *jsonschema.Schema
	expand = func(s *jsonschema.Schema) *jsonschema.Schema {
		if s == nil {
			return nil
		}
		if name, ok := strings.CutPrefix(s.Ref, defsPrefix); ok {
			def, found := defs[name]
			if found && !recursive[name] {
				return expand(withAnnotations(def, s))
			}
			if found {
				c := *s
				c.Ref = defsPrefix + names[name]
				return &c
			}
		}
		return mapChildren(s, expand)
	}
	out := expand(root)
	if name, ok := strings.CutPrefix(root.Ref, defsPrefix); ok && recursive[name] {
		// A recursive root is written in place too (so a tool's parameters
		// still say "type": "object" at the top), and also kept in $defs for
		// the references inside it.
		c := *expand(withAnnotations(defs[name], &jsonschema.Schema{}))
		c.Definitions = out.Definitions
		out = &c
	}
	out.Definitions = nil
	if len(recursive) > 0 {
		out.Definitions = jsonschema.Definitions{}
		for q := range recursive {
			out.Definitions[names[q]] = mapChildren(defs[q], expand)
		}
	}
	return out
}

// withAnnotations returns a copy of def carrying the annotations written on
// the referring schema (a field's description, title, default, examples).
func withAnnotations(def, ref *jsonschema.Schema) *jsonschema.Schema {
	c := *def
	if ref.Description != "" {
		c.Description = ref.Description
	}
	if ref.Title != "" {
		c.Title = ref.Title
	}
	if ref.Default != nil {
		c.Default = ref.Default
	}
	if len(ref.Examples) > 0 {
		c.Examples = ref.Examples
	}
	if ref.Deprecated {
		c.Deprecated = true
	}
	return &c
}

// recursiveDefs returns the definitions that can reach themselves through
// "$ref"s.
func recursiveDefs(defs jsonschema.Definitions) map[string]bool {
	edges := map[string][]string{}
	for name, def := range defs {
		walk(def, func(s *jsonschema.Schema) {
			if to, ok := strings.CutPrefix(s.Ref, defsPrefix); ok {
				edges[name] = append(edges[name], to)
			}
		})
	}
	rec := map[string]bool{}
	names := make([]string, 0, len(defs))
	for name := range defs {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, start := range names {
		seen := map[string]bool{}
		stack := append([]string(nil), edges[start]...)
		for len(stack) > 0 {
			n := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if n == start {
				rec[start] = true
				break
			}
			if !seen[n] {
				seen[n] = true
				stack = append(stack, edges[n]...)
			}
		}
	}
	return rec
}

// walk calls f on s and every schema below it (not following "$ref").
func walk(s *jsonschema.Schema, f func(*jsonschema.Schema)) {
	if s == nil {
		return
	}
	f(s)
	mapChildren(s, func(c *jsonschema.Schema) *jsonschema.Schema {
		walk(c, f)
		return c
	})
}

// mapChildren returns a shallow copy of s whose subschemas are replaced by
// f's results. "$defs" are left as they are.
func mapChildren(s *jsonschema.Schema, f func(*jsonschema.Schema) *jsonschema.Schema) *jsonschema.Schema {
	c := *s
	one := func(p **jsonschema.Schema) {
		if *p != nil {
			*p = f(*p)
		}
	}
	list := func(l []*jsonschema.Schema) []*jsonschema.Schema {
		if l == nil {
			return nil
		}
		out := make([]*jsonschema.Schema, len(l))
		for i, x := range l {
			out[i] = f(x)
		}
		return out
	}
	dict := func(m map[string]*jsonschema.Schema) map[string]*jsonschema.Schema {
		if m == nil {
			return nil
		}
		out := make(map[string]*jsonschema.Schema, len(m))
		for k, x := range m {
			out[k] = f(x)
		}
		return out
	}
	c.AllOf, c.AnyOf, c.OneOf, c.PrefixItems = list(c.AllOf), list(c.AnyOf), list(c.OneOf), list(c.PrefixItems)
	for _, p := range []**jsonschema.Schema{&c.Not, &c.If, &c.Then, &c.Else, &c.Items, &c.Contains, &c.AdditionalProperties, &c.PropertyNames, &c.ContentSchema} {
		one(p)
	}
	c.DependentSchemas, c.PatternProperties = dict(c.DependentSchemas), dict(c.PatternProperties)
	if s.Properties != nil {
		props := jsonschema.NewProperties()
		for p := s.Properties.Oldest(); p != nil; p = p.Next() {
			props.Set(p.Key, f(p.Value))
		}
		c.Properties = props
	}
	return &c
}
