import { defineSecretRule } from '../rule';
import { assignedTo } from './_assignment';

/**
 * Thirty-two hex characters assigned to an Azure OpenAI or Cognitive Services name.
 */
export default defineSecretRule({
  id: 'azure-openai-api-key',
  provider: 'Azure',
  description: 'Azure OpenAI / Azure AI services key (32-hex format)',
  keywords: [
    'azure_openai',
    'azure-openai',
    'azure.openai',
    'azureopenai',
    'aoai',
    'cognitive_services',
    'cognitive-services',
    'cognitive.services',
    'cognitiveservices',
    'azure_cognitive',
    'azure-cognitive',
    'azure.cognitive',
    'azurecognitive',
  ],
  pattern: assignedTo(['azure_openai', 'aoai', 'cognitive_services', 'azure_cognitive'], '[a-f0-9]{32}'),
  minEntropy: 3,
});
