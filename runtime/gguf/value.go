package gguf

import (
	"fmt"
	"math"
)

// ValueType is the type tag of a metadata value, numbered as in GGUF files.
type ValueType uint32

// The GGUF metadata value types.
const (
	TypeUint8   ValueType = 0
	TypeInt8    ValueType = 1
	TypeUint16  ValueType = 2
	TypeInt16   ValueType = 3
	TypeUint32  ValueType = 4
	TypeInt32   ValueType = 5
	TypeFloat32 ValueType = 6
	TypeBool    ValueType = 7
	TypeString  ValueType = 8
	TypeArray   ValueType = 9
	TypeUint64  ValueType = 10
	TypeInt64   ValueType = 11
	TypeFloat64 ValueType = 12
)

var valueTypeNames = [...]string{"uint8", "int8", "uint16", "int16", "uint32", "int32",
	"float32", "bool", "string", "array", "uint64", "int64", "float64"}

// String returns the type's name as GGUF's specification spells it.
func (t ValueType) String() string {
	if int(t) < len(valueTypeNames) {
		return valueTypeNames[t]
	}
	return fmt.Sprintf("valuetype(%d)", uint32(t))
}

// known reports whether t is one of the thirteen GGUF value types.
func (t ValueType) known() bool { return int(t) < len(valueTypeNames) }

// fixedSize is the encoded size of one value of a fixed-size type, or 0 for
// strings, arrays and unknown types.
func (t ValueType) fixedSize() int {
	switch t {
	case TypeUint8, TypeInt8, TypeBool:
		return 1
	case TypeUint16, TypeInt16:
		return 2
	case TypeUint32, TypeInt32, TypeFloat32:
		return 4
	case TypeUint64, TypeInt64, TypeFloat64:
		return 8
	}
	return 0
}

// Value is one metadata value: a scalar, a string, or an array whose elements
// all have one type (arrays may nest). The zero Value is invalid.
//
// Scalars hold the Go type of their GGUF type (uint8 … float64, bool,
// string). An array holds a Go slice of its element type ([]uint8 …
// []float64, []bool, []string), or []Value when its elements are arrays.
type Value struct {
	typ ValueType
	x   any
}

// arrayValue is the payload of an array Value.
type arrayValue struct {
	elem ValueType
	xs   any
}

// Constructors for scalar values.

// Uint8 returns a uint8 value.
func Uint8(x uint8) Value { return Value{TypeUint8, x} }

// Int8 returns an int8 value.
func Int8(x int8) Value { return Value{TypeInt8, x} }

// Uint16 returns a uint16 value.
func Uint16(x uint16) Value { return Value{TypeUint16, x} }

// Int16 returns an int16 value.
func Int16(x int16) Value { return Value{TypeInt16, x} }

// Uint32 returns a uint32 value.
func Uint32(x uint32) Value { return Value{TypeUint32, x} }

// Int32 returns an int32 value.
func Int32(x int32) Value { return Value{TypeInt32, x} }

// Float32 returns a float32 value.
func Float32(x float32) Value { return Value{TypeFloat32, x} }

// Bool returns a bool value.
func Bool(x bool) Value { return Value{TypeBool, x} }

// String returns a string value.
func String(x string) Value { return Value{TypeString, x} }

// Uint64 returns a uint64 value.
func Uint64(x uint64) Value { return Value{TypeUint64, x} }

// Int64 returns an int64 value.
func Int64(x int64) Value { return Value{TypeInt64, x} }

// Float64 returns a float64 value.
func Float64(x float64) Value { return Value{TypeFloat64, x} }

// ArrayElem is the set of Go element types an array value can hold. An
// element of type Value must itself be an array (GGUF nests arrays only).
type ArrayElem interface {
	uint8 | int8 | uint16 | int16 | uint32 | int32 | float32 | bool | string |
		uint64 | int64 | float64 | Value
}

// Array returns an array value holding xs. It keeps xs without copying, so
// the caller must not change xs afterwards. With []Value every element must
// be an array value; the Builder checks this when it writes.
func Array[T ArrayElem](xs []T) Value {
	var elem ValueType
	switch any(xs).(type) {
	case []uint8:
		elem = TypeUint8
	case []int8:
		elem = TypeInt8
	case []uint16:
		elem = TypeUint16
	case []int16:
		elem = TypeInt16
	case []uint32:
		elem = TypeUint32
	case []int32:
		elem = TypeInt32
	case []float32:
		elem = TypeFloat32
	case []bool:
		elem = TypeBool
	case []string:
		elem = TypeString
	case []uint64:
		elem = TypeUint64
	case []int64:
		elem = TypeInt64
	case []float64:
		elem = TypeFloat64
	case []Value:
		elem = TypeArray
	}
	return Value{TypeArray, arrayValue{elem, xs}}
}

// Type returns the value's GGUF type.
func (v Value) Type() ValueType { return v.typ }

// Elem returns an array's element type; it is meaningless for scalars.
func (v Value) Elem() ValueType {
	if a, ok := v.x.(arrayValue); ok {
		return a.elem
	}
	return 0
}

// Len returns an array's length, or 0 for a scalar.
func (v Value) Len() int {
	a, ok := v.x.(arrayValue)
	if !ok {
		return 0
	}
	return sliceLen(a.xs)
}

// Interface returns the Go value inside v: a scalar, a typed slice, or []Value
// for an array of arrays. Slices are shared, not copied.
func (v Value) Interface() any {
	if a, ok := v.x.(arrayValue); ok {
		return a.xs
	}
	return v.x
}

// Uint returns an integer value of any width as uint64. It fails for
// non-integers and negative values.
func (v Value) Uint() (uint64, bool) {
	switch x := v.x.(type) {
	case uint8:
		return uint64(x), true
	case uint16:
		return uint64(x), true
	case uint32:
		return uint64(x), true
	case uint64:
		return x, true
	case int8, int16, int32, int64:
		i, _ := v.Int()
		return uint64(i), i >= 0
	}
	return 0, false
}

// Int returns an integer value of any width as int64. It fails for
// non-integers and for uint64 values above math.MaxInt64.
func (v Value) Int() (int64, bool) {
	switch x := v.x.(type) {
	case int8:
		return int64(x), true
	case int16:
		return int64(x), true
	case int32:
		return int64(x), true
	case int64:
		return x, true
	case uint8, uint16, uint32, uint64:
		u, _ := v.Uint()
		return int64(u), u <= math.MaxInt64
	}
	return 0, false
}

// Float returns a float32 or float64 value as float64.
func (v Value) Float() (float64, bool) {
	switch x := v.x.(type) {
	case float32:
		return float64(x), true
	case float64:
		return x, true
	}
	return 0, false
}

// Number returns a float or integer value as float64.
func (v Value) Number() (float64, bool) {
	if x, ok := v.Float(); ok {
		return x, true
	}
	if x, ok := v.Int(); ok {
		return float64(x), true
	}
	if x, ok := v.Uint(); ok {
		return float64(x), true
	}
	return 0, false
}

// Bool returns a bool value.
func (v Value) Bool() (bool, bool) {
	b, ok := v.x.(bool)
	return b, ok
}

// Str returns a string value.
func (v Value) Str() (string, bool) {
	s, ok := v.x.(string)
	return s, ok
}

// Strings returns the elements of an array of strings, shared, not copied.
func (v Value) Strings() ([]string, bool) {
	a, ok := v.x.(arrayValue)
	if !ok {
		return nil, false
	}
	s, ok := a.xs.([]string)
	return s, ok
}

// Values returns the elements of an array of arrays, shared, not copied.
func (v Value) Values() ([]Value, bool) {
	a, ok := v.x.(arrayValue)
	if !ok {
		return nil, false
	}
	s, ok := a.xs.([]Value)
	return s, ok
}

// Ints returns the elements of an array of integers of any width as a new
// []int64 (one allocation of 8 bytes per element). It fails for other
// arrays and for uint64 elements above math.MaxInt64.
func (v Value) Ints() ([]int64, bool) {
	a, ok := v.x.(arrayValue)
	if !ok {
		return nil, false
	}
	switch xs := a.xs.(type) {
	case []uint8:
		return widen(xs), true
	case []int8:
		return widen(xs), true
	case []uint16:
		return widen(xs), true
	case []int16:
		return widen(xs), true
	case []uint32:
		return widen(xs), true
	case []int32:
		return widen(xs), true
	case []int64:
		return append([]int64(nil), xs...), true
	case []uint64:
		out := make([]int64, len(xs))
		for i, x := range xs {
			if x > math.MaxInt64 {
				return nil, false
			}
			out[i] = int64(x)
		}
		return out, true
	}
	return nil, false
}

// Floats returns the elements of an array of float32 or float64 as a new
// []float64.
func (v Value) Floats() ([]float64, bool) {
	a, ok := v.x.(arrayValue)
	if !ok {
		return nil, false
	}
	switch xs := a.xs.(type) {
	case []float32:
		out := make([]float64, len(xs))
		for i, x := range xs {
			out[i] = float64(x)
		}
		return out, true
	case []float64:
		return append([]float64(nil), xs...), true
	}
	return nil, false
}

// Int32s returns the elements of an array of integers as a new []int32; it
// fails when an element does not fit in an int32.
func (v Value) Int32s() ([]int32, bool) {
	a, ok := v.x.(arrayValue)
	if !ok {
		return nil, false
	}
	if xs, ok := a.xs.([]int32); ok {
		return append([]int32(nil), xs...), true
	}
	xs, ok := v.Ints()
	if !ok {
		return nil, false
	}
	out := make([]int32, len(xs))
	for i, x := range xs {
		if x < math.MinInt32 || x > math.MaxInt32 {
			return nil, false
		}
		out[i] = int32(x)
	}
	return out, true
}

// Float32s returns the elements of an array of float32 or float64 as a new
// []float32.
func (v Value) Float32s() ([]float32, bool) {
	a, ok := v.x.(arrayValue)
	if !ok {
		return nil, false
	}
	switch xs := a.xs.(type) {
	case []float32:
		return append([]float32(nil), xs...), true
	case []float64:
		out := make([]float32, len(xs))
		for i, x := range xs {
			out[i] = float32(x)
		}
		return out, true
	}
	return nil, false
}

// String formats v for people: scalars as Go prints them, arrays as their
// element type and length.
func (v Value) String() string {
	if v.typ == TypeArray {
		if a, ok := v.x.(arrayValue); ok {
			return fmt.Sprintf("[%d]%s", sliceLen(a.xs), a.elem)
		}
	}
	if s, ok := v.x.(string); ok {
		return fmt.Sprintf("%q", s)
	}
	return fmt.Sprint(v.x)
}

func widen[T uint8 | int8 | uint16 | int16 | uint32 | int32](xs []T) []int64 {
	out := make([]int64, len(xs))
	for i, x := range xs {
		out[i] = int64(x)
	}
	return out
}

func sliceLen(xs any) int {
	switch s := xs.(type) {
	case []uint8:
		return len(s)
	case []int8:
		return len(s)
	case []uint16:
		return len(s)
	case []int16:
		return len(s)
	case []uint32:
		return len(s)
	case []int32:
		return len(s)
	case []float32:
		return len(s)
	case []bool:
		return len(s)
	case []string:
		return len(s)
	case []uint64:
		return len(s)
	case []int64:
		return len(s)
	case []float64:
		return len(s)
	case []Value:
		return len(s)
	}
	return 0
}
