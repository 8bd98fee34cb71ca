package schema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
)

// keyOrder is the order in which a schema object's keywords are written: the
// way people (and Hugging Face's get_json_schema, whose output Qwen2.5 saw in
// training) write them, type first. Other keywords follow in the
// reflector's order; "$defs" comes last.
var keyOrder = []string{
	"type", "format", "enum", "const", "description",
	"properties", "required", "additionalProperties", "items",
	"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
	"minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems",
}

// node is a decoded JSON value that remembers its object keys' order and its
// scalars' literal text.
type node struct {
	keys   []string
	fields map[string]*node
	elems  []*node
	object bool
	array  bool
	lit    []byte
}

// ordered rewrites a schema's JSON with its keywords in keyOrder. Property
// names (the keys inside "properties", "$defs", ...) keep their order.
func ordered(raw []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	n, err := decodeNode(dec)
	if err != nil {
		return nil, fmt.Errorf("schema: reorder: %w", err)
	}
	var b bytes.Buffer
	writeNode(&b, n, modeSchema)
	return b.Bytes(), nil
}

func decodeNode(dec *json.Decoder) (*node, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	switch t := tok.(type) {
	case json.Delim:
		n := &node{}
		if t == '{' {
			n.object, n.fields = true, map[string]*node{}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				k := kt.(string)
				v, err := decodeNode(dec)
				if err != nil {
					return nil, err
				}
				n.keys = append(n.keys, k)
				n.fields[k] = v
			}
		} else {
			n.array = true
			for dec.More() {
				v, err := decodeNode(dec)
				if err != nil {
					return nil, err
				}
				n.elems = append(n.elems, v)
			}
		}
		if _, err := dec.Token(); err != nil { // the closing delimiter
			return nil, err
		}
		return n, nil
	default:
		lit, err := json.Marshal(t)
		if err != nil {
			return nil, err
		}
		return &node{lit: lit}, nil
	}
}

// mode says what a JSON value is inside a schema.
type mode int

const (
	modeSchema mode = iota // a schema object: its keys are keywords to order
	modeMap                // a map of names to schemas ("properties", "$defs")
	modeValue              // plain data (enum, const, default, examples, required)
)

// writeNode writes n as compact JSON, ordering the keywords of schema objects.
func writeNode(b *bytes.Buffer, n *node, m mode) {
	switch {
	case n.object:
		keys := n.keys
		if m == modeSchema {
			keys = slices.Clone(keys)
			rank := func(k string) int {
				if k == "$defs" {
					return len(keyOrder) + 1
				}
				if i := slices.Index(keyOrder, k); i >= 0 {
					return i
				}
				return len(keyOrder)
			}
			slices.SortStableFunc(keys, func(a, c string) int { return rank(a) - rank(c) })
		}
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			kb, _ := json.Marshal(k)
			b.Write(kb)
			b.WriteByte(':')
			writeNode(b, n.fields[k], childMode(m, k))
		}
		b.WriteByte('}')
	case n.array:
		b.WriteByte('[')
		for i, e := range n.elems {
			if i > 0 {
				b.WriteByte(',')
			}
			writeNode(b, e, m) // allOf's elements are schemas; enum's are values
		}
		b.WriteByte(']')
	default:
		b.Write(n.lit)
	}
}

// childMode says what the value under key k of a value in mode m is.
func childMode(m mode, k string) mode {
	switch m {
	case modeMap:
		return modeSchema
	case modeValue:
		return modeValue
	}
	switch k {
	case "properties", "$defs", "patternProperties", "dependentSchemas":
		return modeMap
	case "items", "additionalProperties", "not", "if", "then", "else", "contains",
		"propertyNames", "contentSchema", "allOf", "anyOf", "oneOf", "prefixItems":
		return modeSchema
	}
	return modeValue
}
