//go:build purego || !(amd64 || arm64)

package vecdot

// active is the implementation Rows and RowsFloat use: plain Go here.
var active = generic

// impls lists the implementations this build can run.
func impls() []impl { return []impl{generic} }
