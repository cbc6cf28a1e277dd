//go:build race

package node_test

// raceDetector is true under `go test -race` (make race): tests whose
// honest provers must beat newcomer leashes sized for real proving speed
// skip themselves there, where proving runs several times slower.
const raceDetector = true
