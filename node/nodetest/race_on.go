//go:build race

package nodetest

// raceDetector is true in a `go test -race` build, where proving runs
// several times slower.
const raceDetector = true
