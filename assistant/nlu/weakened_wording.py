"""Before the classifier: weakened crisis wording is taken out of the text it reads.

"To be clear I'm not suicidal, I'm just furious. Can I sue him?" is mostly crisis words to the
classifier, so its best guess is crisis and its next guesses are noise. The safety patterns
already know that the crisis words are negated (or reported, hypothetical, a figure of
speech); the classifier reads what is left ("I'm just furious. Can I sue him?") and answers
the question, and the CrisisGuard, which reads the original text, adds the check-in. The
original text is put back by the CrisisGuard at the end of the pipeline. Training data is not
changed.

A leading thank-you before a question ("Thanks. What is Cybertip?") is taken off the same way
(assistant/courtesy.py): the question gets its answer, not only "You're welcome". So is the
complaint before a thing the last answer missed ("thanks but you didn't say the cost": the
classifier reads "the cost"; assistant/reasks.py).
"""

from __future__ import annotations

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from assistant import reasks
from assistant.courtesy import question_after_courtesy
from assistant.nlu.stateless import Stateless
from assistant.safety import text_for_classifier

# Where the message's own text waits while the classifier reads the shortened one.
ORIGINAL_TEXT = "safety_original_text"


def original_text(message: Message) -> str:
    """The text the person sent, whatever the classifier was given."""
    return message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=False)
class WeakenedWordingEraser(Stateless):
    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not text or text.startswith("/"):
                continue
            # "thanks but you didn't say the cost": the thing named (assistant/reasks.py).
            question = reasks.text_for_classifier(text) or question_after_courtesy(text)
            shortened = text_for_classifier(question or text) or question
            if shortened:
                message.set(ORIGINAL_TEXT, text)
                message.set(TEXT, shortened)
        return messages
