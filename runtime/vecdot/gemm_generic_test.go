//go:build purego || !amd64

package vecdot

// gemmImpls is impls: the plain Go has no other tile kernels.
func gemmImpls() []impl { return impls() }
