// The tag that binds our block to its item is a hash of the item's externalId. Bodies already sent
// carry tags of the hash as it is: the values below were computed by the release that wrote them, so
// a change of the hash (a seed, a boundary, a round) would leave those blocks unrecognised, and the
// next add would write a second meeting into them.
import { blockTag } from "../../src/core/body-block";

test.each([
  ["9f2c6a1e-5b7d-4c3a-8e1f-0a2b3c4d5e6f", "6d9ded71a3d4770b"],
  ["", "310feb510d0cf8c0"],
  ["a", "9152538d2666698b"],
  ["ab", "d257c7229c895cf6"],
])("the tag of externalId %p is still %p", (externalId, tag) => {
  expect(blockTag(externalId)).toBe(tag);
});
