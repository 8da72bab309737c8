import Type from 'typebox';

const ScenarioDocument = (description: string) =>
  Type.Object({}, { additionalProperties: true, description });

export const StartSimulationInput = Type.Object(
  {
    scenario: ScenarioDocument(
      'A scenario, format version 1 (docs/simulator.md); `{"version": 1}` is the territory as it is over 28 days',
    ),
    compare: Type.Optional(ScenarioDocument('A second scenario to compare with the first')),
  },
  { additionalProperties: false },
);
