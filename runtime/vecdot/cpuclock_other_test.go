//go:build !linux

package vecdot

func threadCPU() int64 { return 0 }
